package ekg.ingest.time;

import ekg.ingest.time.TimeGrammar.Found;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import static ekg.ingest.time.GermanCalendar.month;
import static ekg.ingest.time.GermanCalendar.number;
import static ekg.ingest.time.GermanCalendar.weekday;

/**
 * Turns a found phrase into an ISO value (date, year-month, year, or an interval {@code a/b}) against
 * an anchor; null when the phrase needs more than the anchor knows (a weekday needs a reference day).
 */
final class TimeResolver {

    private TimeResolver() {
    }

    static String resolve(Found f, Anchor a) {
        if (!f.absolute() && a == null) return null;
        return switch (f.kind()) {
            case FULL_DATE, NUMERIC_DATE -> date(f).toString();
            case DAY_RANGE -> dayRange(f, a);
            case WEEKDAY_DAY, DAY_MONTH -> day(Integer.parseInt(f.group("d")), month(f.group("m")), a);
            case MONTH_YEAR -> YearMonth.of(Integer.parseInt(f.group("y")), month(f.group("m"))).toString();
            case MONTH -> monthNear(month(f.group("m")), a);
            case SEASON -> Seasons.resolve(f, a);
            case YEAR -> f.group("y");
            case AGO -> ago(f, a);
            case AFTER -> back(a, number(f.group("n")), f.group("u"), false);
            case RELATIVE_UNIT -> relativeUnit(f, a);
            case DEICTIC -> deictic(f.group("w"), a);
            case WEEKDAYS -> weekdays(f, a);
        };
    }

    private static LocalDate date(Found f) {
        String m = f.group("m");
        int month = m.chars().allMatch(Character::isDigit) ? Integer.parseInt(m) : month(m);
        return LocalDate.of(Integer.parseInt(f.group("y")), month, Integer.parseInt(f.group("d")));
    }

    private static String dayRange(Found f, Anchor a) {
        int m = month(f.group("m"));
        Integer y = f.group("y") != null ? Integer.valueOf(f.group("y")) : yearNear(m, a);
        if (y == null) return null;
        return LocalDate.of(y, m, Integer.parseInt(f.group("d1"))) + "/" + LocalDate.of(y, m, Integer.parseInt(f.group("d2")));
    }

    private static String day(int d, int m, Anchor a) {
        Integer y = yearNear(m, a);
        return y == null ? null : LocalDate.of(y, m, d).toString();
    }

    private static String monthNear(int m, Anchor a) {
        Integer y = yearNear(m, a);
        return y == null ? null : YearMonth.of(y, m).toString();
    }

    /** The year that puts {@code month} nearest to the anchor's month; the anchor's year when only that is known. */
    static Integer yearNear(int month, Anchor a) {
        if (a == null) return null;
        YearMonth at = a.month();
        if (at == null) return a.year();
        int best = at.getYear();
        for (int y = at.getYear() - 1; y <= at.getYear() + 1; y++) {
            if (distance(YearMonth.of(y, month), at) < distance(YearMonth.of(best, month), at)) best = y;
        }
        return best;
    }

    private static long distance(YearMonth a, YearMonth b) {
        return Math.abs(a.getYear() * 12L + a.getMonthValue() - b.getYear() * 12L - b.getMonthValue());
    }

    private static String ago(Found f, Anchor a) {
        String q = f.group("q");
        boolean almost = "fast".equals(q) || "knapp".equals(q);
        return back(a, number(f.group("n")), f.group("u"), almost);
    }

    /**
     * The time {@code n} units before the anchor, at the unit's precision: years give a year ("fast"
     * gives the two years it may fall in), months a month, weeks and days a day.
     */
    private static String back(Anchor a, int n, String unit, boolean almost) {
        int months = n * GermanCalendar.monthsOf(unit);
        if (months > 0 && months % 12 == 0) {
            int y = a.year() - months / 12;
            return almost ? y + "/" + (y + 1) : Integer.toString(y);
        }
        if (months > 0) return a.month() == null ? null : a.month().minusMonths(months).toString();
        return a.day() == null ? null : a.day().minusDays((long) n * GermanCalendar.daysOf(unit)).toString();
    }

    private static String relativeUnit(Found f, Anchor a) {
        String mod = f.group("mod").toLowerCase(Locale.ROOT);
        int k = mod.startsWith("dies") ? 0 : mod.startsWith("nächst") || mod.startsWith("kommend") ? 1 : -1;
        String u = f.group("u");
        if (u.startsWith("Jahr")) return Integer.toString(a.year() + k);
        if (u.startsWith("Monat")) return a.month() == null ? null : a.month().plusMonths(k).toString();
        if (a.day() == null) return null;
        LocalDate monday = a.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(k);
        return monday + "/" + monday.plusDays(6);
    }

    private static String deictic(String w, Anchor a) {
        if (a.day() == null) return null;
        int k = switch (w.toLowerCase(Locale.ROOT)) {
            case "vorgestern" -> -2;
            case "gestern" -> -1;
            case "morgen" -> 1;
            case "übermorgen" -> 2;
            default -> 0;
        };
        return a.day().plusDays(k).toString();
    }

    /** "vergangenen Dienstag" is the last before the reference day, "kommenden" the next, a bare one the nearest. */
    private static String weekdays(Found f, Anchor a) {
        if (a.day() == null) return null;
        String mod = f.group("mod") == null ? "" : f.group("mod").toLowerCase(Locale.ROOT);
        DayOfWeek wd = weekday(f.group("wd"));
        LocalDate d;
        if (mod.equals("vergangenen") || mod.equals("letzten")) d = a.day().with(TemporalAdjusters.previous(wd));
        else if (mod.equals("kommenden") || mod.equals("nächsten")) d = a.day().with(TemporalAdjusters.next(wd));
        else d = nearest(a.day(), wd);
        if (f.group("wd2") == null) return d.toString();
        return d + "/" + d.with(TemporalAdjusters.next(weekday(f.group("wd2"))));
    }

    private static LocalDate nearest(LocalDate ref, DayOfWeek wd) {
        LocalDate before = ref.with(TemporalAdjusters.previousOrSame(wd));
        LocalDate after = ref.with(TemporalAdjusters.nextOrSame(wd));
        return ref.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - ref.toEpochDay() ? before : after;
    }
}
