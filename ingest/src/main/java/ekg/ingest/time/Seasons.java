package ekg.ingest.time;

import ekg.ingest.time.TimeGrammar.Found;

import java.time.YearMonth;
import java.util.Locale;

/**
 * Seasons as the interval of their months (autumn 2023 is {@code 2023-09/2023-11}), because the text
 * says no more; winter runs from December into the next year. "vergangenen Herbst" is the last autumn
 * that ended before the anchor's month, "kommenden Herbst" the next that starts after it, and a bare
 * "im Herbst" the one of the anchor's year.
 */
final class Seasons {

    private Seasons() {
    }

    static String resolve(Found f, Anchor a) {
        int[] months = GermanCalendar.seasonMonths(f.group("s"));
        if (f.group("y") != null) return interval(Integer.parseInt(f.group("y")), months);
        String mod = f.group("mod") != null ? f.group("mod") : f.group("mod2");
        mod = mod == null ? "" : mod.toLowerCase(Locale.ROOT);
        YearMonth at = a.month() != null ? a.month() : YearMonth.of(a.year(), 6);
        int y = at.getYear();
        if (mod.equals("vergangenen") || mod.equals("letzten") || mod.equals("vorigen")) {
            y = at.getYear() + 1;
            while (!end(y, months).isBefore(at)) y--;
        } else if (mod.equals("kommenden") || mod.equals("nächsten")) {
            y = at.getYear() - 1;
            while (!YearMonth.of(y, months[0]).isAfter(at)) y++;
        } else if (months[0] > months[1] && at.getMonthValue() <= months[1]) {
            y--;
        }
        return interval(y, months);
    }

    private static YearMonth end(int y, int[] months) {
        return YearMonth.of(months[0] > months[1] ? y + 1 : y, months[1]);
    }

    private static String interval(int y, int[] months) {
        return YearMonth.of(y, months[0]) + "/" + end(y, months);
    }
}
