package ekg.ingest.role;

import ekg.ingest.doc.Doc;
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
 * 45-Jährige" after "Max Muster (45)". It joins the nearest person before it whose role the text gave
 * with the same noun (so the feminine form only a woman's role) or whose age the text gave; without
 * such a person the description is left alone. A description right before a name is that name's title.
 *
 * <pre>{@code
 * Doc withDescriptions = new RoleMentions(NameLists.builtIn()).process(new RoleStage(lists, kb).process(doc));
 * }</pre>
 */
public final class RoleMentions implements Stage {
    public static final String FOUND_BY = "description";
    private static final Set<String> ARTICLES = Set.of("der", "die", "den", "dem", "des");
    private static final Pattern AGE_NOUN = Pattern.compile("(\\d{1,3})-Jährige[nr]?");
    private static final Pattern AGE_ADJECTIVE = Pattern.compile("(\\d{1,3})-jährige[nrs]?");
    private static final int MAX_MODIFIERS = 3;

    private final NameLists lists;

    public RoleMentions(NameLists lists) {
        this.lists = lists;
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

    /** A mention of a person: where it is and who. */
    private record Named(Span span, String key) {
    }

    @Override
    public Doc process(Doc doc) {
        List<Token> tokens = doc.tokens();
        List<Named> people = new ArrayList<>();
        for (Entity e : doc.entities()) {
            if (e.type() == EntityType.PER) e.mentions().forEach(s -> people.add(new Named(s, e.key())));
        }
        if (people.isEmpty()) return doc;
        people.sort(Comparator.comparing(Named::span));
        Map<String, Set<String>> roles = new HashMap<>();
        for (RoleFact f : doc.roles()) roles.computeIfAbsent(f.personKey(), k -> new HashSet<>()).add(lower(f.role()));
        Map<String, Set<String>> ages = ages(doc, people);
        List<Mention> mentions = new ArrayList<>(doc.mentions());
        Map<String, List<Span>> added = new LinkedHashMap<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!ARTICLES.contains(tokens.get(i).text().toLowerCase(Locale.GERMAN))) continue;
            int head = head(tokens, i);
            if (head < 0 || covered(mentions, tokens.get(head).span()) || beforeName(tokens, people, head)) continue;
            String noun = tokens.get(head).text();
            String who = antecedent(people, tokens.get(i).span().begin(), noun, roles, ages);
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
                return lists.isRoleNoun(bare(w)) ? k : -1;
            }
            if (!Character.isLetterOrDigit(w.charAt(0))) return -1;
        }
        return -1;
    }

    /** "der Minister Max Muster": a title before a name, which the name rules read; no description. */
    private static boolean beforeName(List<Token> tokens, List<Named> people, int head) {
        if (head + 1 >= tokens.size()) return false;
        int next = tokens.get(head + 1).span().begin();
        return people.stream().anyMatch(p -> p.span().begin() == next);
    }

    private static boolean covered(List<Mention> mentions, Span span) {
        return mentions.stream().anyMatch(m -> m.span().overlaps(span));
    }

    /** The nearest person named before {@code before} whom the noun fits, or null. */
    private static String antecedent(List<Named> people, int before, String noun, Map<String, Set<String>> roles,
                                     Map<String, Set<String>> ages) {
        Matcher age = AGE_NOUN.matcher(noun);
        String years = age.matches() ? age.group(1) : null;
        String role = lower(bare(noun));
        for (int k = people.size() - 1; k >= 0; k--) {
            Named p = people.get(k);
            if (p.span().begin() >= before) continue;
            boolean fits = years != null
                    ? ages.getOrDefault(p.key(), Set.of()).contains(years)
                    : roles.getOrDefault(p.key(), Set.of()).stream().anyMatch(r -> sameRole(r, role));
            if (fits) return p.key();
        }
        return null;
    }

    /** "minister" and "wirtschaftsminister" are one role; "minister" and "ministerin" are not. */
    private static boolean sameRole(String given, String noun) {
        return given.equals(noun) || Math.min(given.length(), noun.length()) >= 4
                && (given.endsWith(noun) || noun.endsWith(given));
    }

    /** The ages the text gives people: "Max Muster (45)", "der 45-jährige Max Muster". */
    private static Map<String, Set<String>> ages(Doc doc, List<Named> people) {
        List<Token> tokens = doc.tokens();
        Map<Integer, Integer> byBegin = new HashMap<>();
        Map<Integer, Integer> byEnd = new HashMap<>();
        for (int t = 0; t < tokens.size(); t++) {
            byBegin.put(tokens.get(t).span().begin(), t);
            byEnd.put(tokens.get(t).span().end(), t);
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (Named p : people) {
            Integer first = byBegin.get(p.span().begin());
            Integer last = byEnd.get(p.span().end());
            if (last != null && last + 3 < tokens.size() && tokens.get(last + 1).text().equals("(")
                    && tokens.get(last + 3).text().equals(")") && tokens.get(last + 2).text().matches("\\d{1,3}")) {
                out.computeIfAbsent(p.key(), k -> new HashSet<>()).add(tokens.get(last + 2).text());
            }
            for (int b = 1; first != null && b <= 2 && first - b >= 0; b++) {
                Matcher m = AGE_ADJECTIVE.matcher(tokens.get(first - b).text());
                if (m.matches()) out.computeIfAbsent(p.key(), k -> new HashSet<>()).add(m.group(1));
            }
        }
        return out;
    }

    /** "Ex-Minister" is a minister's role noun too. */
    private static String bare(String noun) {
        return noun.startsWith("Ex-") && noun.length() > 4 ? noun.substring(3) : noun;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.GERMAN);
    }
}
