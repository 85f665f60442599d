package ekg.ingest.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** Publication dates: an ISO date, year-month or year, the three precisions the graph can type. */
final class Dates {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    // Feeds often give a timestamp; its date part is what the graph records.
    private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\S*");

    private Dates() {
    }

    /** True if {@code s} is exactly {@code yyyy}, {@code yyyy-MM} or a real {@code yyyy-MM-dd}. */
    static boolean isDate(String s) {
        if (!SHAPE.matcher(s).matches()) return false;
        try {
            if (s.length() == 7) YearMonth.parse(s);
            if (s.length() == 10) LocalDate.parse(s);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The date {@code s} names, reduced to its date part if it is a timestamp; null if it is no date. */
    static String normalise(String s) {
        String t = s.strip();
        if (isDate(t)) return t;
        var m = TIMESTAMP.matcher(t);
        return m.matches() && isDate(m.group(1)) ? m.group(1) : null;
    }
}
