package ekg.ingest.quote;

import java.util.Set;

/**
 * The shape of a stretch of tokens as German builds clauses: whether it holds a main clause, which a
 * verbatim sentence does, or only a subordinate one ("Falls die Firma zahlen muss", "Warum die Wahl auf
 * ihn fiel"), which is no sentence of its own.
 */
final class ClauseShape {
    /** Question words that open an indirect question (warum die Wahl …) or, before their verb, a direct one. */
    private static final Set<String> QUESTION_WORDS = Set.of("warum", "wieso", "weshalb", "weswegen", "wie", "wann",
            "wo", "woher", "wohin", "was", "wer", "wen", "wem", "wessen", "welche", "welcher", "welches", "welchen",
            "welchem", "inwieweit", "ob");
    /** Words that open a subordinate clause, which is no sentence of its own. */
    private static final Set<String> SUBORDINATORS = Set.of("dass", "daß", "ob", "falls", "wenn", "weil", "obwohl",
            "obgleich", "nachdem", "bevor", "ehe", "seit", "seitdem", "während", "damit", "sofern", "soweit", "solange",
            "indem", "als", "bis", "warum", "wieso", "weshalb", "weswegen", "wie", "wann", "wo", "woher", "wohin", "was",
            "wer", "wen", "wem", "wessen", "welche", "welcher", "welches", "welchen", "welchem", "inwieweit");
    private static final Set<String> INFINITIVE_OPENERS = Set.of("um", "ohne", "statt", "anstatt");
    private static final Set<String> FOCUS = Set.of("auch", "selbst", "nur", "gerade", "schon", "erst", "noch", "sogar");
    private static final Set<String> SEGMENT_ENDS = Set.of(",", "–", "—", "-", ";");

    private ClauseShape() {}

    /**
     * Whether tokens [from, to] hold a main clause, as a verbatim sentence does: a finite verb in the
     * first comma segment when that opens with no subordinator, or at the start of a later segment
     * ("Wenn wir verlieren, dann gehen wir"; "Ja, es ist ein Film"). Not "Falls die Firma zahlen muss",
     * "Warum die Wahl auf ihn fiel", "In seiner Rede, die er gestern hielt", "Um das zu prüfen".
     */
    static boolean mainClause(TextView v, int from, int to) {
        int segment = from;
        for (int k = from; k <= to; k++) {
            if (SEGMENT_ENDS.contains(v.word(k))) {
                segment = k + 1;
            } else if (!v.quoted(k) && (Mood.isVerb(v, k) || Mood.subjunctive(v, k))) {
                if (segment == from ? !opensSubordinate(v, from, to) : k - segment <= 2) return true;
            }
        }
        return false;
    }

    /** A subordinator, perhaps after a focus particle: "Auch wenn die Werte sinken". */
    private static boolean opensSubordinate(TextView v, int from, int to) {
        return subordinate(v, from) || from < to && FOCUS.contains(v.lower(from)) && subordinate(v, from + 1)
                || INFINITIVE_OPENERS.contains(v.lower(from)) && zuBeforeComma(v, from, to);
    }

    /** "Um die Zahl einschätzen zu können, …": an infinitive clause. */
    private static boolean zuBeforeComma(TextView v, int from, int to) {
        for (int k = from + 1; k <= to && !v.word(k).equals(","); k++) if (v.isWord(k, "zu")) return true;
        return false;
    }

    /**
     * A subordinator or a question word not followed by its verb: a subordinate clause puts its verb
     * last, so "warum die Wahl …", "da es regnet" open one, "Warum gehst du?", "Da fehlt es …" do not.
     */
    static boolean subordinate(TextView v, int k) {
        if (!SUBORDINATORS.contains(v.lower(k)) && !v.isTag(k, "SCONJ")) return false;
        return !(k + 1 < v.size() && Mood.isVerb(v, k + 1));
    }

    /** A noun phrase right after token {@code i} in its sentence: "der Trainer", "Polizeisprecher Roth"; not "so viele wie". */
    static boolean nounPhraseAfter(TextView v, int i) {
        int k = i + 1;
        if (k >= v.size() || v.sentence(k) != v.sentence(i)) return false;
        if (v.isTag(k, "NOUN") || v.isTag(k, "PROPN")) return true;
        return v.isTag(k, "DET") && k + 1 < v.size() && (v.isTag(k + 1, "NOUN") || v.isTag(k + 1, "PROPN") || v.isTag(k + 1, "ADJ"));
    }
}
