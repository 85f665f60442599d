package ekg.ingest.event;

import ekg.ingest.morph.WordMemo;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a trigger's clause says the event happened: a hypothetical clause (könnte, würde, wäre,
 * möglich, ob, wenn, falls) or a negated one (nicht, kein, nie) yields no event, since the graph states
 * what happened, nor does a question. "nicht nur", "nicht zuletzt" and "nicht mehr" are no negation of the event. A clause
 * that schedules its event ("soll", "geplant", "nächste Woche") marks it planned.
 * <p>
 * Also no event: what may or must happen ("die Mannschaft kann den Titel gewinnen", "das Gericht muss
 * entscheiden"), a purpose or an omission ("um das Gesetz zu verabschieden", "ohne verhaftet zu
 * werden"), what is feared or warned of ("warnte vor neuen Angriffen", "weil er Krawalle
 * befürchtete"), what someone is ready for or considers ("zu Verhandlungen bereit", "erwägt ein
 * Verbot"), habits ("jeden Montag", "im Hafen streiken regelmäßig die Lotsen") and counts of like
 * events ("die dritte Niederlage in Serie"): the annotation guide counts none of them.
 */
final class Modality {
    private static final Set<String> HYPOTHETICAL = Set.of("könnte", "könnten", "würde", "würden", "wäre", "wären",
            "möglich", "ob", "wenn", "falls", "hätte", "hätten",
            "kann", "können", "könne", "kannst", "muss", "müssen", "müsse", "darf", "dürfen", "dürfe", "sollte", "sollten",
            "bereit", "erwägt", "erwägen", "erwog", "erwogen", "regelmäßig", "alljährlich", "befürchtet", "befürchten",
            "befürchtete", "befürchteten", "fürchtet", "fürchten", "fürchtete", "fürchteten");
    /** Modal verbs of the present: they make a verb's event possible or required, not a noun's after "seit" or "nach". */
    private static final Set<String> MODAL = Set.of("kann", "können", "könne", "kannst", "muss", "müssen", "müsse",
            "darf", "dürfen", "dürfe", "sollte", "sollten");
    /** Attributes that make only the noun they stand before hypothetical: "Verhandlungen über eine etwaige Fusion". */
    private static final Set<String> POSSIBLE = Set.of("mögliche", "möglichen", "möglicher", "mögliches", "möglichem",
            "etwaige", "etwaigen", "etwaiger", "eventuelle", "eventuellen", "eventueller");
    private static final int ATTRIBUTE_REACH = 3;
    private static final Pattern INFLECTED = Pattern.compile("(t|en)(e|en|er|es|em)$");
    private static final Set<String> PAST_PREPOSITIONS = Set.of("seit", "nach", "nachdem");
    private static final Set<String> CONDITIONAL = Set.of("wenn", "falls", "sofern");
    /** Verbs opening the clause that reports a quote, after its comma: "…, sagte sie". */
    private static final Set<String> REPORTING = Set.of("sagte", "sagt", "sagten", "erklärte", "erklärt", "meinte",
            "meint", "betonte", "betont", "schrieb", "schreibt", "so");
    /** Words opening a clause of purpose or omission, which German closes with a zu-infinitive. */
    private static final Set<String> PURPOSE = Set.of("um", "ohne", "statt", "anstatt");
    private static final Pattern ZU_INFINITIVE = Pattern.compile("\\p{Ll}+zu\\p{Ll}{2,}en");
    /** What stands before "vor" when the noun after it is feared: "Sorge vor", "warnte vor". */
    private static final Set<String> FEAR_OF = Set.of("sorge", "sorgen", "angst", "furcht", "warnung", "warnungen",
            "warnt", "warnte", "warnten", "warnen", "gewarnt");
    /** "jeden Freitag", "jedes Jahr": a habit. */
    private static final Set<String> EVERY = Set.of("jeden", "jede", "jedes");
    private static final Set<String> PERIODS = Set.of("tag", "woche", "monat", "jahr", "abend", "morgen", "wochenende",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag");
    private static final Set<String> IN_A_ROW = Set.of("nacheinander", "hintereinander", "infolge");
    private static final Set<String> SERIES = Set.of("serie", "folge");
    private static final Set<String> RECENT = Set.of("vergangenen", "letzten");
    private static final Pattern COUNT = Pattern.compile("\\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\\p{L}+zig");
    private static final Set<String> NEGATION = Set.of("nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie",
            "niemals");
    private static final Set<String> COORDINATORS = Set.of("und", "aber", "sondern", "oder", "doch");
    private static final Set<String> NOT_NEGATING = Set.of("nur", "zuletzt", "mehr", "näher", "zu");

    /** Words of a clause that schedules or plans its event: "soll", "will", "geplant", "am kommenden Montag". */
    private static final Set<String> PLANNED = Set.of("soll", "sollen", "will", "wollen", "plant", "planen", "geplant",
            "geplante", "geplanten", "geplanter", "bevorstehende", "bevorstehenden", "bevorstehender", "kommende",
            "kommenden", "kommender", "kommendes", "nächste", "nächsten", "nächster", "nächstes", "künftig", "künftige",
            "künftigen", "voraussichtlich", "angekündigt", "angekündigte", "angekündigten", "wird", "werden");

    private Modality() {
    }

    /** Whether the trigger's clause reports its event as scheduled or planned. */
    static boolean planned(DocView v, int trigger) {
        int[] c = v.clause(trigger);
        for (int i = c[0]; i < c[1]; i++) {
            if (PLANNED.contains(v.lower(i))) return true;
        }
        return false;
    }

    private static final int HYPOTHETICAL_WORD = 1;
    private static final int POSSIBLE_WORD = 2;
    private static final int NEGATION_WORD = 4;
    private static final int EVERY_WORD = 8;
    /** Which of the lists above a word is in: asked for every word of every trigger's clause. */
    private static final WordMemo<Integer> KINDS = new WordMemo<>(100_000, w -> (HYPOTHETICAL.contains(w) ? HYPOTHETICAL_WORD : 0)
            | (POSSIBLE.contains(w) ? POSSIBLE_WORD : 0) | (NEGATION.contains(w) ? NEGATION_WORD : 0) | (EVERY.contains(w) ? EVERY_WORD : 0));

    static boolean factual(DocView v, int trigger) {
        int[] c = v.clause(trigger);
        // "Falls die Regierung stürzt, gibt es Neuwahlen": a conditional makes its whole sentence hypothetical,
        // but for its reporting frame ("Wenn es regnet, bleiben wir daheim, sagte sie in einem Interview").
        if (CONDITIONAL.contains(v.lower(v.sentence(trigger)[0])) && !REPORTING.contains(v.lower(c[0]))) return false;
        // "Wer soll das bezahlen?": a question asks whether, it does not report.
        if (v.word(v.sentence(trigger)[1] - 1).equals("?")) return false;
        boolean purpose = PURPOSE.contains(v.lower(c[0]));
        boolean afterPast = pastPreposition(v, trigger, c[0]);
        boolean attribute = attributive(v, trigger);
        for (int i = c[0]; i < c[1]; i++) {
            String w = v.lower(i);
            int kinds = KINDS.get(w);
            if (kinds == 0 && !purpose) continue;
            if ((kinds & HYPOTHETICAL_WORD) != 0 && !attribute && doubts(v, i, afterPast)) return false;
            if ((kinds & POSSIBLE_WORD) != 0 && i < trigger && trigger - i <= ATTRIBUTE_REACH) return false;
            if ((kinds & NEGATION_WORD) != 0 && !NOT_NEGATING.contains(v.lower(i + 1)) && negates(v, i, trigger)) return false;
            if (purpose && (w.equals("zu") || ZU_INFINITIVE.matcher(w).matches())) return false;
            if ((kinds & EVERY_WORD) != 0 && PERIODS.contains(v.lower(i + 1))) return false;
        }
        return !feared(v, trigger, c[0]) && !series(v, trigger);
    }

    /**
     * A count of like events, not one: "die dritte Niederlage in Serie", "den vierten Sieg
     * nacheinander", "in den vergangenen zehn Spielen".
     */
    private static boolean series(DocView v, int trigger) {
        String next = v.lower(trigger + 1);
        if (IN_A_ROW.contains(next) || next.equals("in") && SERIES.contains(v.lower(trigger + 2))) return true;
        return RECENT.contains(v.lower(trigger - 2)) && COUNT.matcher(v.lower(trigger - 1)).matches();
    }

    /**
     * Whether the negation at {@code i} negates the trigger: not across "und", "aber", "sondern" ("belegte
     * Rang drei und holte keinen Titel"); "kein" negates a noun only when it stands just
     * before it ("keine schweren Verletzungen", not "wegen eines Bruchs kein Spiel bestritten").
     */
    private static boolean negates(DocView v, int i, int trigger) {
        for (int k = Math.min(i, trigger) + 1; k < Math.max(i, trigger); k++) {
            if (COORDINATORS.contains(v.lower(k))) return false;
        }
        String t = v.word(trigger);
        boolean noun = !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && trigger != v.sentence(trigger)[0];
        if (!noun || !v.lower(i).startsWith("kein")) return true;
        return i < trigger && trigger - i <= ATTRIBUTE_REACH;
    }

    /**
     * A participle before its noun tells what happened to it, whatever the clause doubts: "Man könnte
     * ihn als Fortsetzung ihres 2015 erschienenen Romans lesen", "die festgenommenen Männer könnten
     * freikommen".
     */
    private static boolean attributive(DocView v, int trigger) {
        String w = v.word(trigger);
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || !INFLECTED.matcher(w).find()) return false;
        if (!v.pos(trigger).equals("ADJ") && !v.pos(trigger + 1).equals("NOUN")) return false;
        for (int i = trigger - 1; i >= Math.max(0, trigger - ATTRIBUTE_REACH); i--) {
            if (v.pos(i).equals("DET")) return true;
        }
        return false;
    }

    /** Whether the hypothetical word at {@code i} doubts the event: not "so bald wie möglich", nor a modal after "seit dem Angriff". */
    private static boolean doubts(DocView v, int i, boolean afterPast) {
        String w = v.lower(i);
        if (afterPast && MODAL.contains(w)) return false;
        return !(w.equals("möglich") && v.lower(i - 1).equals("wie"));
    }

    /** A noun in a phrase opened by "seit" or "nach" ("Seit dem Angriff können wir …"): it happened before the clause's modal. */
    private static boolean pastPreposition(DocView v, int trigger, int from) {
        if (v.word(trigger).isEmpty() || !Character.isUpperCase(v.word(trigger).charAt(0))) return false;
        for (int i = trigger - 1; i >= Math.max(from, trigger - 3); i--) {
            if (PAST_PREPOSITIONS.contains(v.lower(i))) return true;
        }
        return false;
    }

    /** "Angst vor neuen Anschlägen", "warnte vor einem Streik": the noun after "vor" is feared, not reported. */
    private static boolean feared(DocView v, int trigger, int from) {
        for (int i = trigger - 1; i > Math.max(from, trigger - 4); i--) {
            if (v.lower(i).equals("vor")) return FEAR_OF.contains(v.lower(i - 1));
        }
        return false;
    }
}
