package ekg.ingest.eval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A time at the precision a text gives, as the days it covers: 2023 is the whole year, 2023-09 the
 * month, 2024-06-18/2024-06-19 two days. Two times agree when one lies within the other.
 */
record TimeSpan(LocalDate first, LocalDate last) {

    /** Parses a date, month, year (or a dateTime, cut to its date), or an interval {@code a/b}; null when unreadable. */
    static TimeSpan parse(String s) {
        if (s == null || s.isBlank()) return null;
        int slash = s.indexOf('/');
        if (slash >= 0) {
            TimeSpan a = parse(s.substring(0, slash));
            TimeSpan b = parse(s.substring(slash + 1));
            return a == null || b == null || b.last.isBefore(a.first) ? null : new TimeSpan(a.first, b.last);
        }
        String t = s.strip();
        if (t.length() > 10 && t.charAt(10) == 'T') t = t.substring(0, 10);
        try {
            if (t.matches("\\d{4}")) return new TimeSpan(LocalDate.of(Integer.parseInt(t), 1, 1), LocalDate.of(Integer.parseInt(t), 12, 31));
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(t);
                return new TimeSpan(m.atDay(1), m.atEndOfMonth());
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(t);
                return new TimeSpan(d, d);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** The span from the start of one to the end of the other; either may be null. */
    static TimeSpan between(TimeSpan begin, TimeSpan end) {
        if (begin == null) return end;
        if (end == null || end.last.isBefore(begin.first)) return begin;
        return new TimeSpan(begin.first, end.last);
    }

    boolean within(TimeSpan o) {
        return !first.isBefore(o.first) && !last.isAfter(o.last);
    }

    boolean agrees(TimeSpan o) {
        return within(o) || o.within(this);
    }
}
