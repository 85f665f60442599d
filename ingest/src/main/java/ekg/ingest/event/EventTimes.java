package ekg.ingest.event;

import ekg.ingest.doc.Span;
import ekg.ingest.doc.TimeExpression;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of one trigger: the time phrase of its clause, else the nearest in its sentence outside
 * relative and subordinate clauses of their own. A phrase
 * like "neun Monate, nachdem" dates only what follows it; a sentence with "damals" or starting with
 * "Dabei" takes the time of the sentence before. "zweitägig" before the trigger stretches a day to two.
 */
final class EventTimes {
    private static final Set<String> SUBORDINATORS = Set.of("der", "die", "das", "dem", "den", "deren", "dessen",
            "welcher", "welche", "welches", "als", "nachdem", "bevor", "weil", "wo", "um", "seit", "seitdem", "während");
    private static final Set<String> BACK_REFERENCES = Set.of("damals", "dabei");
    private static final Pattern DAYS = Pattern.compile("(?i)(zwei|drei|vier|fünf|\\d)-?tägig\\w*");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** A time value (null when the phrase could not be resolved) and the phrase it comes from (null when none). */
    record When(String value, String phrase) {
        static final When NONE = new When(null, null);

        boolean known() {
            return value != null || phrase != null;
        }
    }

    private EventTimes() {
    }

    static When of(DocView v, List<TimeExpression> times, int trigger) {
        int[] s = v.sentence(trigger);
        int[] c = v.clause(trigger);
        int at = v.tokens.get(trigger).span().begin();
        TimeExpression t = nearest(times, v.span(c[0], c[1]), at);
        if (t == null) t = nearest(times.stream().filter(x -> !inSubordinate(v, x, c)).toList(), v.span(s[0], s[1]), at);
        if (t == null && refersBack(v, s)) t = last(times, s[0] > 0 ? v.span(v.sentence(s[0] - 1)[0], s[0]) : null);
        if (t == null) return When.NONE;
        return new When(stretch(v, trigger, t.value()), t.text());
    }

    /** The phrase within {@code within} nearest to {@code at}; a "nachdem" phrase only for what follows it. */
    private static TimeExpression nearest(List<TimeExpression> times, Span within, int at) {
        TimeExpression best = null;
        for (TimeExpression t : times) {
            if (!within.overlaps(t.span())) continue;
            if (datesWhatFollows(t) && t.span().end() > at) continue;
            if (best == null || distance(t, at) < distance(best, at)) best = t;
        }
        TimeExpression after = times.stream().filter(t -> within.overlaps(t.span()) && datesWhatFollows(t)
                && t.span().end() <= at).findFirst().orElse(null);
        return after != null ? after : best;
    }

    /**
     * Whether a time stands in a relative or subordinate clause other than the trigger's ("…, der
     * zuletzt vor 25 Jahren Nordkorea besuchte"): it dates that clause's event, not the trigger's.
     */
    private static boolean inSubordinate(DocView v, TimeExpression t, int[] triggerClause) {
        int[] c = v.clause(v.tokenAt(t.span().begin()));
        int[] s = v.sentence(c[0]);
        return c[0] != triggerClause[0] && c[0] > s[0] && SUBORDINATORS.contains(v.lower(c[0]));
    }

    private static boolean datesWhatFollows(TimeExpression t) {
        return t.text().endsWith("nachdem") || t.text().endsWith(" nach");
    }

    private static int distance(TimeExpression t, int at) {
        return Math.min(Math.abs(t.span().begin() - at), Math.abs(t.span().end() - at));
    }

    private static boolean refersBack(DocView v, int[] s) {
        if (BACK_REFERENCES.contains(v.lower(s[0]))) return true;
        for (int i = s[0]; i < s[1]; i++) if (v.lower(i).equals("damals")) return true;
        return false;
    }

    private static TimeExpression last(List<TimeExpression> times, Span within) {
        if (within == null) return null;
        TimeExpression found = null;
        for (TimeExpression t : times) if (within.contains(t.span())) found = t;
        return found;
    }

    /** A single day with "zweitägig" before the trigger becomes the interval of those days. */
    static String stretch(DocView v, int trigger, String value) {
        if (value == null || !DAY.matcher(value).matches()) return value;
        for (int i = trigger - 1; i >= trigger - 2 && i >= 0; i--) {
            Matcher m = DAYS.matcher(v.word(i));
            if (m.matches()) {
                int n = switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
                    case "zwei" -> 2;
                    case "drei" -> 3;
                    case "vier" -> 4;
                    case "fünf" -> 5;
                    default -> Integer.parseInt(m.group(1));
                };
                LocalDate d = LocalDate.parse(value);
                return d + "/" + d.plusDays(n - 1L);
            }
        }
        return value;
    }

    /**
     * Whether two ISO times (a year, month, day or interval "a/b") may be one event's: their spans
     * overlap, where a year or month covers every day it names. Unknown times agree with any.
     */
    static boolean agree(String a, String b) {
        if (a == null || b == null) return true;
        String[] x = range(a);
        String[] y = range(b);
        return x[0].compareTo(y[1] + '\uffff') <= 0 && y[0].compareTo(x[1] + '\uffff') <= 0;
    }

    private static String[] range(String t) {
        int slash = t.indexOf('/');
        return slash < 0 ? new String[] {t, t} : new String[] {t.substring(0, slash), t.substring(slash + 1)};
    }
}
