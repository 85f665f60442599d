package ekg.ingest.time;

import ekg.ingest.time.TimeGrammar.Found;
import ekg.ingest.time.TimeGrammar.Kind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an article's anchor: its publication date from metadata, else a date inferred from its text,
 * with a note saying how. In order: the latest full date in the text; a weekday with a day ("Dienstag
 * (18. Juni)"), which fixes the year as the first, from the latest year the text names on, in which
 * that day is that weekday; a day without year after a month with year ("im September 2023 ... am 19. Juni"),
 * placed at its first occurrence after that month. A year alone anchors nothing: articles name past
 * years far more often than their own.
 */
final class AnchorInference {
    private static final Set<Kind> DAYS = Set.of(Kind.WEEKDAY_DAY, Kind.DAY_MONTH, Kind.DAY_RANGE, Kind.FULL_DATE,
            Kind.NUMERIC_DATE);

    private AnchorInference() {
    }

    static Anchor anchor(Optional<String> published, List<Found> found) {
        if (published.isPresent()) {
            String p = published.get().length() > 10 ? published.get().substring(0, 10) : published.get();
            return withReferenceDay(Anchor.of(p, "published " + p), found);
        }
        return fromText(found);
    }

    /** A month anchor gets the first day of that month the text names as its reference day. */
    private static Anchor withReferenceDay(Anchor a, List<Found> found) {
        if (a.day() != null || a.month() == null) return a;
        for (Found f : found) {
            if (!DAYS.contains(f.kind())) continue;
            String v = TimeResolver.resolve(f, a);
            if (v == null) continue;
            LocalDate d = LocalDate.parse(v.substring(0, 10));
            if (YearMonth.from(d).equals(a.month())) return a.withDay(d, "from '" + f.text() + "'");
        }
        return a;
    }

    private static Anchor fromText(List<Found> found) {
        Optional<Found> full = found.stream().filter(f -> f.kind() == Kind.FULL_DATE || f.kind() == Kind.NUMERIC_DATE)
                .max(Comparator.comparing(f -> TimeResolver.resolve(f, null)));
        if (full.isPresent()) {
            String d = TimeResolver.resolve(full.get(), null);
            return Anchor.of(d, "inferred " + d + " from '" + full.get().text() + "' in the text");
        }
        Integer latestYear = found.stream().filter(Found::absolute).map(f -> f.group("y")).filter(Objects::nonNull)
                .map(Integer::valueOf).max(Integer::compare).orElse(null);
        // Without a year in the text a weekday fixes none: the year of the build would leak into the graph.
        for (Found f : latestYear == null ? List.<Found>of() : found) {
            if (f.kind() != Kind.WEEKDAY_DAY) continue;
            LocalDate d = weekdayDay(f, latestYear);
            if (d != null) {
                return Anchor.of(d.toString(), "inferred " + d + " from '" + f.text() + "': the first year from "
                        + latestYear + " with that weekday on that day");
            }
        }
        return afterLatestMonth(found);
    }

    /** The first year from {@code fromYear} on (within twelve) in which the day is that weekday, else the last before. */
    private static LocalDate weekdayDay(Found f, int fromYear) {
        int m = GermanCalendar.month(f.group("m"));
        int d = Integer.parseInt(f.group("d"));
        int last = fromYear + 12;
        for (int y = fromYear; y <= last; y++) {
            if (fits(f, y, m, d)) return LocalDate.of(y, m, d);
        }
        for (int y = fromYear - 1; y >= fromYear - 12; y--) {
            if (fits(f, y, m, d)) return LocalDate.of(y, m, d);
        }
        return null;
    }

    private static boolean fits(Found f, int y, int m, int d) {
        return d <= YearMonth.of(y, m).lengthOfMonth()
                && LocalDate.of(y, m, d).getDayOfWeek() == GermanCalendar.weekday(f.group("wd"));
    }

    private static Anchor afterLatestMonth(List<Found> found) {
        Optional<Found> latest = found.stream().filter(f -> f.kind() == Kind.MONTH_YEAR)
                .max(Comparator.comparing(f -> TimeResolver.resolve(f, null)));
        if (latest.isEmpty()) return null;
        YearMonth after = YearMonth.parse(TimeResolver.resolve(latest.get(), null));
        for (Found f : found) {
            if (f.kind() != Kind.DAY_MONTH && !(f.kind() == Kind.DAY_RANGE && f.group("y") == null)) continue;
            int m = GermanCalendar.month(f.group("m"));
            YearMonth at = YearMonth.of(m > after.getMonthValue() ? after.getYear() : after.getYear() + 1, m);
            int d = Integer.parseInt(f.group(f.kind() == Kind.DAY_RANGE ? "d1" : "d"));
            return new Anchor(at.toString(), at.atDay(d), "inferred " + at + " from '" + f.text()
                    + "', placed after '" + latest.get().text() + "'; reference day " + at.atDay(d));
        }
        return null;
    }
}
