package ekg.ingest.names;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules for other names (OTH) that no list can hold: a web or e-mail address ("stern.de",
 * "info@example.de"), and the title of a work in quotation marks after the noun that says what the work
 * is ("der Film „My Blueberry Nights“", "das Album "True Carnage""). A title is one name of its own, so
 * names found inside it give way; a web address a curated name gave keeps that name's type.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(tokens).add(model).add(new OtherNameRules()).build();
 * }</pre>
 */
public final class OtherNameRules implements MentionStage {
    private static final Pattern WEB = Pattern.compile(
            "(?i)(https?://)?([\\p{L}\\p{N}-]+\\.)+(de|at|ch|com|org|net|eu|info|fr|it|nl|uk|io|tv)(/\\S*)?"
                    + "|[\\p{L}\\p{N}._+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    // What a title in quotation marks may follow, as the end of a word ("Kinofilm", "Debütalbum"), in the
    // nominative or with the genitive -s/-es.
    private static final List<String> WORKS = List.of("film", "buch", "roman", "album", "single", "lied", "song",
            "hit", "oper", "operette", "stück", "serie", "sendung", "show", "gedicht", "musical", "spiel", "motto",
            "slogan", "ausstellung", "essay", "aufsatz", "titel", "kolumne", "reportage", "dokumentation", "komödie",
            "tragödie", "drama", "thriller", "krimi", "ballade", "hymne", "sinfonie", "symphonie", "theaterstück");
    private static final List<String> NOT_WORKS = List.of("beispiel");
    private static final Set<String> OPENING = Set.of("„", "\"", "“", "»", "«", "‚");
    private static final Set<String> CLOSING = Set.of("“", "\"", "”", "«", "»", "‘");
    private static final int MAX_TITLE_TOKENS = 12;

    @Override
    public String name() {
        return "other-name-rules";
    }

    @Override
    public Doc process(Doc doc) {
        return Sentences.byToken(doc, (s, i) -> {
            webAddress(s, i);
            return workTitle(s, i);
        });
    }

    private static void webAddress(SentenceView s, int i) {
        String w = s.word(i);
        // Most tokens hold neither a dot nor an @: asking that first keeps the pattern off them.
        if (w.indexOf('.') <= 0 && w.indexOf('@') <= 0 || !WEB.matcher(w).matches()) return;
        Mention m = s.at(i);
        if (m == null || s.tokens(m) == 1 && m.type() != EntityType.OTH && !NameRules.curated(m)) {
            s.add(i, i + 1, EntityType.OTH);
        }
    }

    /** Marks the title after a work noun at {@code i}; returns the index to go on from. */
    private static int workTitle(SentenceView s, int i) {
        // The quotation mark is asked first: it is one lookup, the work nouns are many.
        if (i + 2 >= s.size() || !OPENING.contains(s.word(i + 1)) || !work(s.word(i))) return i;
        int start = i + 2;
        String first = s.word(start);
        if (!NameTokens.capitalised(first) && !Character.isDigit(first.codePointAt(0))) return i;
        for (int end = start + 1; end < s.size() && end - start <= MAX_TITLE_TOKENS; end++) {
            if (CLOSING.contains(s.word(end))) {
                s.add(start, end, EntityType.OTH);
                return end;
            }
        }
        return i;
    }

    private static boolean work(String token) {
        if (!NameTokens.capitalised(token)) return false;
        String w = token.toLowerCase(Locale.GERMAN);
        return WORKS.stream().anyMatch(n -> endsIn(w, n)) && NOT_WORKS.stream().noneMatch(n -> endsIn(w, n));
    }

    private static boolean endsIn(String word, String noun) {
        return word.endsWith(noun) || word.endsWith(noun + "s") || word.endsWith(noun + "es");
    }
}
