package ekg.graph.link;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** The days an ISO date, month, year or interval {@code a/b} covers; two agree when one lies within the other. */
record TimeRange(LocalDate first, LocalDate last) {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Null when {@code iso} is null or unreadable. */
    static TimeRange parse(String iso) {
        if (iso == null) return null;
        int slash = iso.indexOf('/');
        if (slash >= 0) {
            TimeRange a = parse(iso.substring(0, slash));
            TimeRange b = parse(iso.substring(slash + 1));
            return a == null || b == null ? null : new TimeRange(a.first, b.last);
        }
        try {
            if (YEAR.matcher(iso).matches()) return new TimeRange(LocalDate.of(Integer.parseInt(iso), 1, 1), LocalDate.of(Integer.parseInt(iso), 12, 31));
            if (MONTH.matcher(iso).matches()) {
                YearMonth m = YearMonth.parse(iso);
                return new TimeRange(m.atDay(1), m.atEndOfMonth());
            }
            if (DAY.matcher(iso).matches()) return new TimeRange(LocalDate.parse(iso), LocalDate.parse(iso));
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    boolean within(TimeRange o) {
        return !first.isBefore(o.first) && !last.isAfter(o.last);
    }

    /** Agreement at the coarser precision: 2023 agrees with 2023-09, 2024-06-18 with 2024-06-18/2024-06-19. */
    boolean agrees(TimeRange o) {
        return within(o) || o.within(this);
    }

    /** The smallest range covering all of {@code ranges}; null when there are none. */
    static TimeRange hull(java.util.List<TimeRange> ranges) {
        if (ranges.isEmpty()) return null;
        LocalDate first = ranges.stream().map(TimeRange::first).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = ranges.stream().map(TimeRange::last).max(LocalDate::compareTo).orElseThrow();
        return new TimeRange(first, last);
    }

    /** Days between the two ranges; 0 when they overlap. */
    long distance(TimeRange o) {
        if (o.last.isBefore(first)) return first.toEpochDay() - o.last.toEpochDay();
        if (last.isBefore(o.first)) return o.first.toEpochDay() - last.toEpochDay();
        return 0;
    }

    long days() {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }
}
