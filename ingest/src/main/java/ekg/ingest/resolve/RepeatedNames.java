package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.morph.GermanLexicon;
import ekg.ingest.names.NameLists;
import ekg.ingest.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Once an article names someone or something, its later forms are names too, where the name finder
 * missed them: the same name again, a person's surname alone ("Merz" after "Friedrich Merz", "von der
 * Leyen" after "Ursula von der Leyen"), the given name alone, the genitive ("Merz'", "Söders"), and the
 * spelling without diacritics ("Keslowski" after "Kęsłowski"). Also the names an article gives in brackets
 * ({@link Brackets}), names joined into one word ({@link JoinedNames}) and bodies named by their noun
 * ({@link Institutions}). Which entity each form joins is {@link MentionResolver}'s decision.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder()...add(new RepeatedNames(NameLists.builtIn())).add(new MentionResolver()).build();
 * }</pre>
 */
public final class RepeatedNames implements Stage {
    public static final String FOUND_BY = "repeat";
    // What the gazetteer took from curated and derived lists: a type it gave is not the model's guess.
    static final Set<String> KNOWN = Set.of("kb", "list");
    // The words a person's surname may open with: "von der Leyen", "van Gogh", "da Silva", "al-Assad".
    static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "del", "della", "di", "da",
            "dos", "du", "le", "la", "ter", "ten", "zu", "vom", "zur", "bin", "ibn", "el", "al", "mac");
    // Before a surname these make the word a noun ("der Koch", "ein Fischer"), not the person.
    private static final Set<String> DETERMINERS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "eines", "im", "am", "vom", "zum", "zur", "beim", "kein", "keine", "keinen",
            "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "jeden", "sein", "seine",
            "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere", "mein", "meine");

    /** A form of a name met in the article: its words, type, and whether it is a part of the name as found. */
    private record Form(List<String> words, EntityType type, boolean part) {
    }

    private final NameLists lists;

    public RepeatedNames(NameLists lists) {
        this.lists = Objects.requireNonNull(lists, "lists == null");
    }

    @Override
    public String name() {
        return "repeated-names";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Doc process(Doc doc) {
        List<Token> tokens = doc.tokens();
        boolean[] taken = new boolean[tokens.size()];
        Map<String, List<Form>> byFirst = new HashMap<>();
        List<Mention> found = new JoinedNames(lists).split(doc, Brackets.withShortNames(doc, doc.mentions()));
        found = NamePatterns.add(doc, InitialNames.add(doc, NamedAfterNoun.add(doc, found)));
        PersonEvidence evidence = new PersonEvidence(lists);
        found = evidence.retyped(evidence.withoutTitles(doc, found), personParts(found));
        found = new AdjacentPeople(lists).separate(doc, found);
        found = evidence.retyped(found, personParts(found));
        int t = 0;
        for (Mention m : found) {
            while (t < tokens.size() && tokens.get(t).span().end() <= m.span().begin()) t++;
            List<String> words = new ArrayList<>();
            for (int k = t; k < tokens.size() && tokens.get(k).span().begin() < m.span().end(); k++) {
                taken[k] = true;
                words.add(tokens.get(k).text());
            }
            if (m.type() == EntityType.OTH || words.isEmpty()) continue;
            remember(byFirst, new Form(words, m.type(), false));
            if (m.type() == EntityType.PER && words.size() >= 2) parts(words).forEach(f -> remember(byFirst, f));
        }
        List<Mention> out = new ArrayList<>(found);
        OrgHeads heads = new OrgHeads(found);
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            if (taken[i] || !capitalised(w) && !PARTICLES.contains(w)) continue;
            Mention body = Institutions.at(tokens, taken, i, doc.text());
            if (body == null) body = heads.at(tokens, taken, i);
            if (body != null) {
                out.add(body);
                taken[i] = true;
                continue;
            }
            int end = match(doc, tokens, taken, byFirst, i, out);
            for (int k = i; k < end; k++) taken[k] = true;
            if (end > i) i = end - 1;
        }
        out.sort(Comparator.comparing(Mention::span));
        return doc.withMentions(NamedAfterNoun.namesakes(tokens, out));
    }

    /** Adds a mention of a known form starting at token {@code i}; returns the token after it, or {@code i}. */
    private int match(Doc doc, List<Token> tokens, boolean[] taken, Map<String, List<Form>> byFirst, int i,
                      List<Mention> out) {
        String word = tokens.get(i).text();
        Form best = null;
        for (Form f : byFirst.getOrDefault(key(word), List.of())) {
            if ((best == null || f.words().size() > best.words().size()) && fits(tokens, taken, i, f)) best = f;
        }
        String base = best == null ? genitiveBase(word) : null;
        if (base != null) {
            for (Form f : byFirst.getOrDefault(key(base), List.of())) {
                if (f.words().size() == 1 && f.type() != EntityType.ORG) best = f;
            }
        }
        boolean person = best != null && (best.part() || best.type() == EntityType.PER);
        if (best == null || best.words().size() == 1 && (person ? !likelyName(tokens, i, best) : commonNoun(word))) {
            return i;
        }
        Span span = new Span(tokens.get(i).span().begin(), tokens.get(i + best.words().size() - 1).span().end());
        out.add(new Mention(span, doc.cover(span), best.type(), FOUND_BY));
        return i + best.words().size();
    }

    private static boolean fits(List<Token> tokens, boolean[] taken, int i, Form f) {
        int n = f.words().size();
        if (i + n > tokens.size()) return false;
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(i + k);
            if (taken[i + k] || t.sentence() != tokens.get(i).sentence() || !key(t.text()).equals(key(f.words().get(k)))) {
                return false;
            }
        }
        return true;
    }

    /** The single-word parts of the article's full names of people, folded: "Berger" of "Anna Berger". */
    private Set<String> personParts(List<Mention> found) {
        Set<String> out = new HashSet<>();
        for (Mention m : found) {
            List<String> words = List.of(m.text().split(" "));
            if (m.type() != EntityType.PER || words.size() < 2) continue;
            for (Form f : parts(words)) if (f.words().size() == 1) out.add(key(f.words().get(0)));
        }
        return out;
    }

    /**
     * A part of a person's name standing alone is that person unless German grammar makes it a word: after
     * an article or a possessive when the lexicon knows it as a noun ("der Koch"), or opening a sentence
     * when the lexicon knows it only as a small-letter word ("Kurz danach").
     */
    private static boolean likelyName(List<Token> tokens, int i, Form f) {
        String word = tokens.get(i).text();
        boolean first = i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence();
        GermanLexicon lex = GermanLexicon.get();
        // A bare noun rarely opens a German sentence; a word known only in small letters often does.
        if (first) return lex.knows(word) || !lex.knows(word.toLowerCase(Locale.GERMAN));
        String before = tokens.get(i - 1).text().toLowerCase(Locale.GERMAN);
        return !DETERMINERS.contains(before) || !lex.any(word, w -> w.isCommonNoun());
    }

    /**
     * A word the lexicon knows only as a common noun is not spread from one mention to all its
     * occurrences: one mention of it is more likely the name finder's slip than a name.
     */
    static boolean commonNoun(String word) {
        GermanLexicon lex = GermanLexicon.get();
        return lex.knows(word) && lex.all(word, w -> w.isCommonNoun());
    }

    /** The surname (with its particles) and the given name of a person's full name, as forms of their own. */
    private List<Form> parts(List<String> words) {
        List<Form> out = new ArrayList<>();
        List<String> surname = words.subList(surnameStart(words), words.size());
        if (surname.size() > 1 || usable(surname.get(0))) out.add(new Form(List.copyOf(surname), EntityType.PER, true));
        // "Anna Bergers Rede": a full name in the genitive gives the surname without its ending too.
        String base = surname.size() == 1 ? genitiveBase(surname.get(0)) : null;
        if (base != null && usable(base)) out.add(new Form(List.of(base), EntityType.PER, true));
        if (surname.size() > 1) out.add(new Form(withCapital(surname), EntityType.PER, true));
        String given = words.get(0);
        if (usable(given) && lists.isGivenName(given)) out.add(new Form(List.of(given), EntityType.PER, true));
        // "Ana Ruiz Ortega": an inner word that is no given name is a surname the press uses alone.
        for (String w : words.subList(1, surnameStart(words))) {
            if (usable(w) && !lists.isGivenName(w)) out.add(new Form(List.of(w), EntityType.PER, true));
        }
        return out;
    }

    /** Where the surname of a person's full name begins: its last word, with the particles before it. */
    static int surnameStart(List<String> words) {
        int start = words.size() - 1;
        while (start > 1 && PARTICLES.contains(words.get(start - 1).toLowerCase(Locale.ROOT))) start--;
        return start;
    }

    /** "Von der Leyen" at the start of a sentence. */
    private static List<String> withCapital(List<String> words) {
        List<String> out = new ArrayList<>(words);
        String w = out.get(0);
        out.set(0, Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return out;
    }

    private boolean usable(String word) {
        return word.length() >= 2 && capitalised(word) && !word.endsWith(".") && !lists.isRoleNoun(word);
    }

    private static void remember(Map<String, List<Form>> byFirst, Form f) {
        List<Form> same = byFirst.computeIfAbsent(key(f.words().get(0)), k -> new ArrayList<>());
        // What the article itself gives as a whole name outranks the same words as a part of another.
        if (same.stream().anyMatch(o -> o.words().equals(f.words()) && (!o.part() || f.part()))) return;
        same.removeIf(o -> o.words().equals(f.words()));
        same.add(f);
    }

    /** "Söders" → "Söder", "Merz'" → "Merz"; null when the word has no genitive ending. */
    static String genitiveBase(String word) {
        int n = word.length();
        if (n < 4) return null;
        if (word.endsWith("'s") || word.endsWith("’s")) return word.substring(0, n - 2);
        char last = word.charAt(n - 1);
        if (last == '\'' || last == '’' || last == 's' && Character.isLetter(word.charAt(n - 2))) {
            return word.substring(0, n - 1);
        }
        return null;
    }

    private static String key(String word) {
        return Letters.fold(word);
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
