package ekg.ingest.role;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocIndex;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.RoleFact;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.names.NameLists;
import ekg.ingest.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A definite description that refers back to a person the article named: "der Minister" after
 * "Wirtschaftsminister Max Muster", "die Ministerin" after "Innenministerin Erika Beispiel", "der
 * 45-Jährige" after "Max Muster (45)", "der Berliner" after "Max Muster aus Berlin". It joins the
 * nearest person before it whose role the text gave with the same noun (so the feminine form only a
 * woman's role) or whose age the text gave; without such a person, the person the story is about if
 * named near before. A name in apposition after it ("der Sprecher des Verbands, Max Muster") settles
 * it first. A description right before a name is that name's title.
 *
 * <pre>{@code
 * Doc withDescriptions = new RoleMentions(NameLists.builtIn()).process(new RoleStage(lists, kb).process(doc));
 * }</pre>
 */
public final class RoleMentions implements Stage {
    public static final String FOUND_BY = "description";
    private static final Set<String> ARTICLES = Set.of("der", "die", "den", "dem", "des", "vom", "beim", "zum");
    // How far a description may stand from the comma that opens the name in apposition to it.
    private static final int MAX_APPOSITION = 8;
    private static final Pattern AGE_NOUN = Pattern.compile("(\\d{1,3})-Jährige[nr]?");
    private static final int MAX_MODIFIERS = 3;
    // How many sentences back a description may reach for a person no role or age ties it to: news
    // calls the person it has just named "der 45-Jährige", "der Berliner", "die Autorin".
    private static final int NEAR_SENTENCES = 2;

    private final NameLists lists;
    private final Demonyms demonyms;

    public RoleMentions(NameLists lists) {
        this.lists = lists;
        this.demonyms = new Demonyms(lists);
    }

    @Override
    public String name() {
        return "role-mentions";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.MENTIONS, Layer.ENTITIES, Layer.ROLES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS, Layer.ENTITIES);
    }

    /** A mention of a person: where it is, in which sentence, and who. */
    record Named(Span span, int sentence, String key, String label) {
    }

    @Override
    public Doc process(Doc doc) {
        List<Token> tokens = doc.tokens();
        DocIndex index = doc.index();
        List<Named> people = new ArrayList<>();
        for (Entity e : doc.entities()) {
            if (e.type() != EntityType.PER) continue;
            e.mentions().forEach(s -> people.add(new Named(s, sentenceOfTokenAt(index, tokens, s.begin()), e.key(), e.label())));
        }
        if (people.isEmpty()) return doc;
        people.sort(Comparator.comparing(Named::span));
        Map<String, Set<String>> roles = new HashMap<>();
        for (RoleFact f : doc.roles()) roles.computeIfAbsent(f.personKey(), k -> new HashSet<>()).add(lower(f.role()));
        Map<String, Set<String>> ages = Ages.given(index, tokens, people);
        List<Mention> mentions = new ArrayList<>(doc.mentions());
        Map<String, List<Span>> added = new LinkedHashMap<>();
        // A headline drops the article: "Ministerin: ...", "Minister warnt vor ...".
        for (int i = -1; i + 1 < tokens.size(); i++) {
            if (i >= 0 && !ARTICLES.contains(tokens.get(i).text().toLowerCase(Locale.GERMAN))) continue;
            int head = i < 0 ? headlineNoun(tokens) : head(tokens, i);
            if (head < 0 || covered(mentions, tokens.get(head).span()) || beforeName(tokens, people, head)) continue;
            String noun = tokens.get(head).text();
            String who = apposition(tokens, people, head);
            Token opener = tokens.get(Math.max(i, 0));
            if (who == null && i >= 0) who = antecedent(people, opener, noun, roles, ages);
            if (who == null) who = Cataphora.firstAfter(people, opener, Gender.ofDescription(i < 0 ? "" : opener.text(), noun), roles);
            if (who == null) continue;
            Span span = new Span(tokens.get(i + 1).span().begin(), tokens.get(head).span().end());
            mentions.add(new Mention(span, doc.cover(span), EntityType.PER, FOUND_BY));
            added.computeIfAbsent(who, k -> new ArrayList<>()).add(span);
            i = head;
        }
        if (added.isEmpty()) return doc;
        mentions.sort(Comparator.comparing(Mention::span));
        List<Entity> entities = new ArrayList<>();
        for (Entity e : doc.entities()) {
            List<Span> more = added.get(e.key());
            if (more == null || e.type() != EntityType.PER) {
                entities.add(e);
                continue;
            }
            List<Span> spans = new ArrayList<>(e.mentions());
            spans.addAll(more);
            spans.sort(Comparator.naturalOrder());
            entities.add(new Entity(e.key(), e.label(), e.type(), spans));
        }
        return doc.withMentions(mentions).withEntities(entities);
    }

    /** The role noun or "45-Jährige" after the article at {@code i}, past a few small-letter modifiers; or -1. */
    private int head(List<Token> tokens, int i) {
        for (int k = i + 1; k <= i + 1 + MAX_MODIFIERS && k < tokens.size(); k++) {
            if (tokens.get(k).sentence() != tokens.get(i).sentence()) return -1;
            String w = tokens.get(k).text();
            if (AGE_NOUN.matcher(w).matches()) return k;
            if (Character.isUpperCase(w.charAt(0))) {
                if (lists.isRoleNoun(bare(w))) return k;
                boolean alone = k + 1 >= tokens.size() || !Character.isUpperCase(tokens.get(k + 1).text().charAt(0));
                return alone && demonyms.isDemonym(w) ? k : -1;
            }
            if (!Character.isLetterOrDigit(w.charAt(0))) return -1;
        }
        return -1;
    }

    /** 0 when the article opens with a role noun or a demonym alone, which then is a headline's description; else -1. */
    private int headlineNoun(List<Token> tokens) {
        if (tokens.size() < 2) return -1;
        String w = tokens.get(0).text();
        boolean nameAfter = Character.isUpperCase(tokens.get(1).text().charAt(0));
        return !nameAfter && Character.isUpperCase(w.charAt(0)) && (lists.isRoleNoun(bare(w)) || demonyms.isDemonym(w)) ? 0 : -1;
    }

    /**
     * "der Sprecher des Verbands, Max Muster," or "die Anwältin des Klägers, Juristin Eva Beispiel": the
     * person whose name opens the apposition after the description's first comma, or null.
     */
    private static String apposition(List<Token> tokens, List<Named> people, int head) {
        for (int k = head + 1; k < tokens.size() && k <= head + MAX_APPOSITION; k++) {
            if (tokens.get(k).sentence() != tokens.get(head).sentence()) return null;
            if (!tokens.get(k).text().equals(",")) continue;
            for (int n = k + 1; n <= k + 2 && n < tokens.size(); n++) {
                int begin = tokens.get(n).span().begin();
                for (Named p : people) if (p.span().begin() == begin) return p.key();
            }
            return null;
        }
        return null;
    }

    /** "der Minister Max Muster": a title before a name, which the name rules read; no description. */
    private static boolean beforeName(List<Token> tokens, List<Named> people, int head) {
        if (head + 1 >= tokens.size()) return false;
        int next = tokens.get(head + 1).span().begin();
        return people.stream().anyMatch(p -> p.span().begin() == next);
    }

    /** A name inside a compound ("SPÖ" in "der SPÖ-Kandidat") leaves the description free. */
    private static boolean covered(List<Mention> mentions, Span span) {
        return mentions.stream().anyMatch(m -> m.span().overlaps(span) && !m.foundBy().startsWith("compound:"));
    }

    /**
     * The nearest person named before the article token whom the noun fits by a role or an age the text
     * gave; else, when the noun names no one else's role or age, the {@link #protagonist}.
     */
    private static String antecedent(List<Named> people, Token article, String noun, Map<String, Set<String>> roles,
                                     Map<String, Set<String>> ages) {
        Matcher age = AGE_NOUN.matcher(noun);
        String years = age.matches() ? age.group(1) : null;
        String role = lower(bare(noun));
        for (int k = people.size() - 1; k >= 0; k--) {
            Named p = people.get(k);
            if (p.span().begin() >= article.span().begin()) continue;
            boolean fits = years != null
                    ? ages.getOrDefault(p.key(), Set.of()).contains(years)
                    : roles.getOrDefault(p.key(), Set.of()).stream().anyMatch(r -> sameRole(r, role));
            if (fits) return p.key();
        }
        boolean elsewhere = years != null
                ? ages.values().stream().anyMatch(a -> a.contains(years))
                : roles.values().stream().anyMatch(rs -> rs.stream().anyMatch(r -> sameRole(r, role)));
        return elsewhere ? null : protagonist(people, article, Gender.ofDescription(article.text(), noun), roles);
    }

    /**
     * Of the people named in the last {@link #NEAR_SENTENCES} sentences before the article token and of no
     * other gender, the one the article has named most often so far (the nearest on a tie): a description
     * the text ties to no one refers to whom the story is about, not to whoever was named last.
     */
    private static String protagonist(List<Named> people, Token article, char gender, Map<String, Set<String>> roles) {
        Map<String, Integer> count = new HashMap<>();
        for (Named p : people) if (p.span().begin() < article.span().begin()) count.merge(p.key(), 1, Integer::sum);
        String best = null;
        for (int k = people.size() - 1; k >= 0; k--) {
            Named p = people.get(k);
            if (p.span().begin() >= article.span().begin()) continue;
            if (p.sentence() < 0 || article.sentence() - p.sentence() > NEAR_SENTENCES) break;
            if (Gender.conflict(gender, Gender.ofPerson(roles.getOrDefault(p.key(), Set.of()), p.label()))) continue;
            if (best == null || count.get(p.key()) > count.get(best)) best = p.key();
        }
        return best;
    }

    /** "minister" and "wirtschaftsminister" are one role; "minister" and "ministerin" are not. */
    private static boolean sameRole(String given, String noun) {
        return given.equals(noun) || Math.min(given.length(), noun.length()) >= 4
                && (given.endsWith(noun) || noun.endsWith(given));
    }

    /** The sentence of the token that starts at {@code offset}; -1 when no token starts there. */
    private static int sentenceOfTokenAt(DocIndex index, List<Token> tokens, int offset) {
        int t = index.tokenStartingAt(offset);
        return t < 0 ? -1 : tokens.get(t).sentence();
    }

    /** "Ex-Minister" is a minister's role noun too. */
    private static String bare(String noun) {
        return noun.startsWith("Ex-") && noun.length() > 4 ? noun.substring(3) : noun;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.GERMAN);
    }
}
