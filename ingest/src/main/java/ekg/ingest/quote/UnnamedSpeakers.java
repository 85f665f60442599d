package ekg.ingest.quote;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Quote;
import ekg.ingest.doc.Span;
import ekg.ingest.morph.GermanLexicon;
import ekg.ingest.morph.PersonNouns;
import ekg.ingest.morph.WordForm;
import ekg.ingest.morph.WordMemo;
import ekg.ingest.resolve.Slug;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Speakers the article describes but never names: "ein Polizeisprecher", "der Sprecher des
 * Ministeriums", "das Gericht". The description is who spoke, so the quote gets a speaker of the
 * article's own (its key holds the article id, so it never merges with another article's "Sprecher"),
 * labelled with the description without its article: a person for a role noun or a group, an
 * organization for a body, other for a text ("der Bericht"). Such a speaker has no name mention, so it
 * adds nothing to the article's named mentions.
 */
final class UnnamedSpeakers {
    private static final Set<String> GENITIVE = Set.of("des", "der");
    private static final Set<String> DEFINITE = Set.of("der", "die", "das", "des", "dem");
    private static final List<String> BODIES = WordLists.resource("body-nouns-de.txt");
    private static final List<String> GROUPS = WordLists.resource("group-nouns-de.txt");
    private static final List<String> DOCUMENTS = WordLists.resource("document-nouns-de.txt");
    /** Asked of every candidate subject: a compound the lexicon lacks costs a lookup per split tried. */
    private static final WordMemo<Boolean> PLURAL_BODIES = new WordMemo<>(100_000, UnnamedSpeakers::lexiconPluralBody);
    /** Groups in the dative plural, which adds -n: laut Kritikern, Beobachtern zufolge. */
    private static final List<String> DATIVE_GROUPS = GROUPS.stream().filter(g -> !g.endsWith("n")).map(g -> g + "n").toList();

    private UnnamedSpeakers() {
    }

    /** A common noun outside quote marks naming a body, a group or a text: das Gericht, die Anwohner, der Bericht. */
    static boolean isBodyOrGroup(TextView v, int i) {
        if (!capitalNoun(v, i)) return false;
        String w = v.word(i);
        return endsWithAny(w, BODIES) || endsWithAny(w, GROUPS) || endsWithAny(w, DATIVE_GROUPS) || endsWithAny(w, DOCUMENTS)
                || pluralBody(w);
    }

    /** "Gewerkschaften", "Stadtverwaltungen": a plural whose singular names a body, by the lexicon's lemma. */
    private static boolean pluralBody(String w) {
        char last = w.charAt(w.length() - 1);
        return (last == 'n' || last == 'e' || last == 's') && PLURAL_BODIES.get(w);
    }

    private static boolean lexiconPluralBody(String w) {
        // a compound the lexicon lacks by its head: "Oppositionsparteien" are "Parteien"
        String head = GermanLexicon.get().knownHead(w);
        return head != null && GermanLexicon.get().lemmas(head, f -> f.tag().startsWith("SUB:") && f.has("PLU")).stream()
                .anyMatch(l -> endsWithAny(l, BODIES));
    }

    /** A common noun naming a group: die Anwohner, laut Kritikern. */
    static boolean isGroup(TextView v, int i) {
        return capitalNoun(v, i) && (endsWithAny(v.word(i), GROUPS) || endsWithAny(v.word(i), DATIVE_GROUPS));
    }

    /** A group in the dative plural (den Anwohnern), which can be no subject. */
    static boolean isDativeGroup(TextView v, int i) {
        return capitalNoun(v, i) && endsWithAny(v.word(i), DATIVE_GROUPS) && !endsWithAny(v.word(i), GROUPS);
    }

    /** A text or finding in any number: die Studie, den Berichten, laut Untersuchungen (by the lexicon's lemma). */
    static boolean isText(TextView v, int i) {
        if (isDocument(v, i)) return true;
        return capitalNoun(v, i) && GermanLexicon.get().lemmas(v.word(i), f -> f.tag().startsWith("SUB:")).stream()
                .anyMatch(l -> endsWithAny(l, DOCUMENTS));
    }

    /** A common noun naming a text: der Bericht, eine Erklärung, das Schreiben. */
    static boolean isDocument(TextView v, int i) {
        return capitalNoun(v, i) && endsWithAny(v.word(i), DOCUMENTS);
    }

    private static boolean capitalNoun(TextView v, int i) {
        if (i >= v.size() || v.quoted(i) || !Character.isUpperCase(v.word(i).charAt(0))) return false;
        // the tagger may take a noun that opens the sentence for an adjective ("Analysten sprachen von …"), and
        // one that no name finder took for a name for a proper noun ("laut Ministerium", "Regionale Medien")
        if (v.isTag(i, "NOUN")) return true;
        boolean adjective = i == v.sentFirst(v.sentence(i)) && v.isTag(i, "ADJ");
        boolean proper = v.isTag(i, "PROPN") && !v.partOfName(i);
        return (adjective || proper) && GermanLexicon.get().any(v.word(i), f -> f.tag().startsWith("SUB:"));
    }

    /** The speaker the description with head noun {@code head} stands for. */
    static Speaker at(TextView v, int head) {
        Speaker titled = titledOrganisation(v, head);
        if (titled != null) return titled;
        int first = head;
        while (first - 1 >= 0 && v.isTag(first - 1, "ADJ") && !v.quoted(first - 1) && !v.isWord(first - 1, "laut")
                && !v.isWord(first - 1, "gemäß")
                && v.sentence(first - 1) == v.sentence(head)) {
            first--;
        }
        int last = head;
        // "der Sprecher des Ministeriums": a genitive attribute tells whose role it is
        int j = head + 1;
        if (j < v.size() && GENITIVE.contains(v.lower(j)) && v.sentence(j) == v.sentence(head)) {
            int k = j + 1;
            while (k < v.size() && v.isTag(k, "ADJ") && v.sentence(k) == v.sentence(head)) k++;
            if (k < v.size() && v.isTag(k, "NOUN") && !v.quoted(k) && v.sentence(k) == v.sentence(head)) last = k;
        }
        return words(v, first, last);
    }

    /**
     * "die Ratingagentur" after "Die US-Ratingagentur Moody's hat …": a definite body noun stands for the
     * organisation the article introduced with that noun before its name, the nearest such one; null if none.
     */
    private static Speaker titledOrganisation(TextView v, int head) {
        int det = head - 1;
        while (det >= 0 && v.isTag(det, "ADJ")) det--;
        if (det < 0 || !DEFINITE.contains(v.lower(det)) || !endsWithAny(v.word(head), BODIES)) return null;
        String body = noun(v.word(head));
        for (int k = det - 1; k > 0; k--) {
            Mention m = v.mentionAt(k);
            if (m == null || m.type() != EntityType.ORG || v.quoted(k)) continue;
            int t = k - 1;
            boolean noun = v.isTag(t, "NOUN") || v.isTag(t, "PROPN");
            // a name may begin the title's compound: "US-Ratingagentur"
            boolean name = v.partOfName(t) && !(v.mentionAt(t) != null && v.compoundModifier(t));
            if (v.quoted(t) || name || !noun || !Character.isUpperCase(v.word(t).charAt(0))) continue;
            String title = noun(v.word(t));
            String key = v.entityKey(m.span());
            if (key != null && body.length() >= 4 && title.endsWith(body)) {
                return new Speaker(new Span(v.token(det + 1).span().begin(), v.token(head).span().end()), key);
            }
        }
        return null;
    }

    /** A noun's lemma by the lexicon (Konzerns: Konzern), or the word when it lacks it (US-Ratingagentur); lower case. */
    private static String noun(String word) {
        List<String> lemmas = GermanLexicon.get().lemmas(word, WordForm::isCommonNoun);
        return (lemmas.isEmpty() ? word : lemmas.get(0)).toLowerCase(Locale.ROOT);
    }

    /** The speaker named by the words from token {@code first} to {@code last}, as printed. */
    static Speaker words(TextView v, int first, int last) {
        Span span = new Span(v.token(first).span().begin(), v.token(last).span().end());
        return new Speaker(span, key(v.doc, v.doc.cover(span)));
    }

    /**
     * The entities of the unnamed speakers that {@code quotes} name, typed by their description's head:
     * a person for a role noun or a group, a text as other, else an organization.
     */
    static List<Entity> entities(Doc doc, List<Quote> quotes, List<String> roleNouns) {
        Set<String> known = new HashSet<>();
        doc.entities().forEach(e -> known.add(e.key()));
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Quote q : quotes) {
            if (q.speakerKey() == null || q.speakerSpan() == null || known.contains(q.speakerKey())) continue;
            String label = doc.cover(q.speakerSpan());
            if (!q.speakerKey().equals(key(doc, label))) continue;
            out.putIfAbsent(q.speakerKey(), new Entity(q.speakerKey(), label, typeOf(label, roleNouns), List.of()));
        }
        return new ArrayList<>(out.values());
    }

    private static String key(Doc doc, String label) {
        return Slug.of(label + " " + doc.id());
    }

    private static EntityType typeOf(String label, List<String> roleNouns) {
        String[] words = label.split("\\s+");
        String head = words[0];
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                head = w;
                break;
            }
        }
        if (endsWithAny(head, roleNouns) || endsWithAny(head, GROUPS) || endsWithAny(head, DATIVE_GROUPS)
                || PersonNouns.isPersonNoun(head)) {
            return EntityType.PER;
        }
        return endsWithAny(head, DOCUMENTS) || SourcePhrases.isSourceWord(head) ? EntityType.OTH : EntityType.ORG;
    }

    private static boolean endsWithAny(String word, List<String> endings) {
        String w = word.toLowerCase(Locale.ROOT);
        return endings.stream().anyMatch(w::endsWith);
    }
}
