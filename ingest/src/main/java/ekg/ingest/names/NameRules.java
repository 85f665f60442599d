package ekg.ingest.names;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.morph.GermanLexicon;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ekg.ingest.names.GermanWords.DESCRIPTORS;
import static ekg.ingest.names.GermanWords.LOCATIVE;

/**
 * Simple German rules over the names found so far. About people ({@link PersonNameRules}): a capitalised
 * name after a role noun ("Präsident Macron"), before an apposition (", Sprecher des ...") or after a verb
 * of saying that follows a quotation (", sagte Rüttgers") is a person; a given name opens or extends a
 * person's name; a free first or last name of some country inside the sentence is a person unless an
 * article makes it a noun; a person's name ends at a genitive name and never with a role noun. About
 * places and organizations (here): street and square compounds ("Kim-Il-Sung-Platz", "Friedrichstraße")
 * and a known town after a preposition of place ("in Gerlingen") are places; a generic noun that opens a
 * name ("Firma Grünenthal") is cut off; an acronym in brackets after an organization is its short name.
 * Names the knowledge base gave are not retyped.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(tokens).add(model).add(new NameRules(NameLists.builtIn())).build();
 * }</pre>
 */
public final class NameRules implements MentionStage {
    static final String FOUND_BY = "rule";
    private static final Pattern STREET = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}.-]*-(Platz|Straße|Strasse|Allee|Gasse|Ring|Damm|Ufer|Brücke|Markt|Tangente)"
                    + "|\\p{Lu}\\p{Ll}+(straße|strasse|allee|gasse)");
    // The endings STREET can match: most words end in none, and a test of them is cheaper than the pattern.
    private static final List<String> STREET_ENDINGS = List.of("Platz", "Straße", "Strasse", "Allee", "Gasse", "Ring",
            "Damm", "Ufer", "Brücke", "Markt", "Tangente", "straße", "strasse", "allee", "gasse");
    // "Karlsplatz", "Stephansplatz": a square named after a name; "Parkplatz" is none.
    private static final Pattern SQUARE = Pattern.compile("(\\p{Lu}\\p{Ll}+?)s?platz");

    private final NameLists lists;
    private final PersonNameRules people;
    private final ModelNameChecks checks;

    public NameRules(NameLists lists) {
        this.lists = Objects.requireNonNull(lists, "lists == null");
        this.people = new PersonNameRules(lists);
        this.checks = new ModelNameChecks(lists);
    }

    @Override
    public String name() {
        return "name-rules";
    }

    @Override
    public Doc process(Doc doc) {
        return Sentences.byToken(doc, (s, i) -> {
            checks.at(s, i);
            people.atEnd(s, i);
            people.tail(s, i);
            streets(s, i);
            leadingNoun(s, i);
            people.afterRoleNoun(s, i);
            people.beforeApposition(s, i);
            people.afterSpeechVerb(s, i);
            people.givenName(s, i);
            people.knownNameAlone(s, i);
            cityAfterPreposition(s, i);
            acronymAfterOrganization(s, i);
            return i;
        });
    }

    private void streets(SentenceView s, int i) {
        String w = s.word(i);
        if (!(street(w) || square(w))) return;
        Mention m = s.at(i);
        if (m == null) {
            s.add(i, i + 1, EntityType.LOC);
        } else if (s.tokens(m) == 1 && m.type() != EntityType.LOC && !curated(m)) {
            s.retype(m, EntityType.LOC);
        }
    }

    private static boolean street(String w) {
        for (String e : STREET_ENDINGS) if (w.endsWith(e)) return STREET.matcher(w).matches();
        return false;
    }

    private static boolean square(String w) {
        if (!w.endsWith("platz")) return false;
        Matcher m = SQUARE.matcher(w);
        return m.matches() && GermanLexicon.get().any(m.group(1), x -> x.isProperName());
    }

    /**
     * A noun that opens a model's name of several words is not part of it: after a role noun the rest is a
     * person ("Biobauer Renzo Blumenthal"), after a generic noun a name of the same type ("Firma Grünenthal").
     */
    private void leadingNoun(SentenceView s, int i) {
        Mention m = s.at(i);
        if (m == null || curated(m) || !s.startsAt(m, i) || s.endIndex(m) - i < 2) return;
        String w = s.word(i);
        if (lists.isRoleNoun(w) && people.nameWord(s, i + 1)) {
            s.replace(m, i + 1, s.endIndex(m), EntityType.PER);
        } else if (DESCRIPTORS.contains(w) && NameTokens.capitalised(s.word(i + 1))) {
            s.replace(m, i + 1, s.endIndex(m), m.type());
        }
    }

    /**
     * "in Gerlingen", "nach Maribor": a free word that is a known city or town, right after a preposition of
     * place without an article, is a place; "von" only when no person's name stands before it ("David von
     * Scharnhorst"). Known first and last names are left to the person rules.
     */
    private void cityAfterPreposition(SentenceView s, int i) {
        String w = s.word(i);
        if (i == 0 || !LOCATIVE.contains(s.word(i - 1)) || s.at(i) != null || !lists.words().isCity(w)
                || lists.isLastName(w) || lists.words().isFirst(w) || !people.nameWord(s, i)) {
            return;
        }
        if (s.word(i - 1).equals("von") && i >= 2 && people.personBefore(s, i - 2)) return;
        s.add(i, i + 1, EntityType.LOC);
    }

    // A short name in capitals, some small letters allowed: "ICG", "BdB", "VKSt".
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}\\p{L}{1,6}");

    /**
     * "Bundesverband deutscher Banken ( BdB )": an acronym in brackets right after an organization's name
     * is that organization's short name.
     */
    private void acronymAfterOrganization(SentenceView s, int i) {
        if (i < 3 || i + 1 >= s.size() || !s.word(i - 1).equals("(") || !s.word(i + 1).equals(")")) return;
        String w = s.word(i);
        if (!ACRONYM.matcher(w).matches() || w.chars().filter(Character::isUpperCase).count() < 2) return;
        Mention before = s.at(i - 2);
        if (before == null || before.type() != EntityType.ORG || s.endIndex(before) != i - 1) return;
        Mention here = s.at(i);
        if (here == null) {
            s.add(i, i + 1, EntityType.ORG);
        } else if (here.type() != EntityType.ORG && !curated(here) && s.tokens(here) == 1) {
            s.retype(here, EntityType.ORG);
        }
    }

    static boolean curated(Mention m) {
        return m.foundBy().equals(GazetteerStage.KB);
    }

    static Mention mention(Doc doc, Span span, EntityType type) {
        return new Mention(span, doc.cover(span), type, FOUND_BY);
    }
}
