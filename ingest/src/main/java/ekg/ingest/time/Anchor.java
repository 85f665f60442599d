package ekg.ingest.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What relative time phrases of an article are resolved against: its date at whatever precision is known
 * ({@code value}: "2024", "2024-06" or "2024-06-18"), a reference day for phrases that need one ("am
 * Dienstag", "gestern"; null when none is known) and how both were found, for the record.
 */
public record Anchor(String value, LocalDate day, String how) {
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public Anchor {
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(how, "how == null");
        if (!ISO.matcher(value).matches()) throw new IllegalArgumentException("anchor is no ISO date: " + value);
    }

    /** An anchor from a date as metadata or another source gives it; a full date is also the reference day. */
    public static Anchor of(String iso, String how) {
        // Read by hand: the ISO formatter's parse was a sizeable share of the time stage.
        LocalDate day = iso.length() == 10 ? LocalDate.of(number(iso, 0, 4), number(iso, 5, 7), number(iso, 8, 10)) : null;
        return new Anchor(iso, day, how);
    }

    public int year() {
        return number(value, 0, 4);
    }

    /** The anchor's month; null when only the year is known. */
    public YearMonth month() {
        return value.length() >= 7 ? YearMonth.of(year(), number(value, 5, 7)) : null;
    }

    private static int number(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }

    public Anchor withDay(LocalDate d, String why) {
        return new Anchor(value, d, how + "; reference day " + d + " " + why);
    }
}
