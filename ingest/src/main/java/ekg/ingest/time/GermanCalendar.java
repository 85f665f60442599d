package ekg.ingest.time;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** German month, weekday, season and number words, as regular-expression alternatives and their values. */
public final class GermanCalendar {
    private static final List<String> MONTHS = List.of("Januar", "Februar", "März", "April", "Mai", "Juni",
            "Juli", "August", "September", "Oktober", "November", "Dezember");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("Montag", DayOfWeek.MONDAY,
            "Dienstag", DayOfWeek.TUESDAY, "Mittwoch", DayOfWeek.WEDNESDAY, "Donnerstag", DayOfWeek.THURSDAY,
            "Freitag", DayOfWeek.FRIDAY, "Samstag", DayOfWeek.SATURDAY, "Sonnabend", DayOfWeek.SATURDAY,
            "Sonntag", DayOfWeek.SUNDAY);
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("ein", 1), Map.entry("eine", 1),
            Map.entry("einem", 1), Map.entry("einer", 1), Map.entry("eines", 1), Map.entry("zwei", 2),
            Map.entry("drei", 3), Map.entry("vier", 4), Map.entry("fünf", 5), Map.entry("sechs", 6),
            Map.entry("sieben", 7), Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("zehn", 10),
            Map.entry("elf", 11), Map.entry("zwölf", 12), Map.entry("fünfzehn", 15), Map.entry("zwanzig", 20),
            Map.entry("dreißig", 30), Map.entry("vierzig", 40), Map.entry("fünfzig", 50));

    static final String MONTH_WORD = "(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
            + "|November|Dezember)";
    static final String WEEKDAY_WORD = "(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)";
    static final String SEASON_WORD = "(?:Frühjahr|Frühling|Sommer|Herbst|Winter)";
    static final String NUMBER_WORD = "(?:\\d{1,3}|ein|eine|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
            + "|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fünfzig)";
    static final String YEAR_DIGITS = "(?:1[89]\\d{2}|20\\d{2})";

    private GermanCalendar() {
    }

    /** Whether {@code word} names a month, in any case, Austrian forms ("Jänner", "Feber") included. */
    public static boolean isMonth(String word) {
        if (word.isEmpty()) return false;
        String w = word.substring(0, 1).toUpperCase(Locale.GERMAN) + word.substring(1).toLowerCase(Locale.GERMAN);
        return month(w) > 0 || w.equals("Feber");
    }

    static int month(String name) {
        return name.equals("Jänner") ? 1 : MONTHS.indexOf(name) + 1;
    }

    static DayOfWeek weekday(String name) {
        return WEEKDAYS.get(name);
    }

    static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.chars().allMatch(Character::isDigit) ? Integer.parseInt(w) : NUMBERS.get(w);
    }

    /** The first and last month of a season; winter starts in December and ends in February of the next year. */
    static int[] seasonMonths(String season) {
        return switch (season) {
            case "Frühjahr", "Frühling" -> new int[] {3, 5};
            case "Sommer" -> new int[] {6, 8};
            case "Herbst" -> new int[] {9, 11};
            default -> new int[] {12, 2};
        };
    }

    /** A time unit word's length in months (years, decades, a quarter century), or 0 for weeks and days. */
    static int monthsOf(String unit) {
        if (unit.startsWith("Vierteljahrhundert")) return 300;
        if (unit.startsWith("Jahrhundert")) return 1200;
        if (unit.startsWith("Jahrzehnt")) return 120;
        if (unit.startsWith("Jahr")) return 12;
        if (unit.startsWith("Monat")) return 1;
        return 0;
    }

    /** A week or day unit word's length in days, else 0. */
    static int daysOf(String unit) {
        if (unit.startsWith("Woche")) return 7;
        if (unit.startsWith("Tag")) return 1;
        return 0;
    }
}
