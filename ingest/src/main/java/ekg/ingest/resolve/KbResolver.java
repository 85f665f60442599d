package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.pipeline.Stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each entity of an article its knowledge-base identity when the knowledge base settles it, so
 * that "Kim Jong Un", "Kim Jung Un" and "Kim Jong-un" get one key in every article, and adds role
 * phrases ("der Kremlchef") as mentions of the person holding the role at the article's date, and a
 * party's conventional aliases ("die Freiheitlichen") where the article names the party.
 * An entity whose names fit several entries keeps its own key: no guess.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder()...add(new MentionResolver()).add(new KbResolver(KnowledgeBase.builtIn())).build();
 * }</pre>
 */
public final class KbResolver implements Stage {
    private final KnowledgeBase kb;
    private final EpithetMatcher epithets;
    private final CompoundMatcher compounds;
    private final NameVariants variants;
    private final PartyAliases parties;

    public KbResolver(KnowledgeBase kb) {
        this.kb = kb;
        this.epithets = new EpithetMatcher(kb);
        this.compounds = new CompoundMatcher(kb);
        this.variants = new NameVariants(kb);
        this.parties = PartyAliases.builtIn(kb);
    }

    @Override
    public String name() {
        return "kb-resolve";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.MENTIONS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS, Layer.ENTITIES);
    }

    @Override
    public Doc process(Doc doc) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (Entity e : doc.entities()) {
            KbEntry k = identify(e, doc);
            if (k != null && k.type() != e.type() && namesake(e, doc)) k = null;
            Entity canonical = k == null ? e : new Entity(k.key(), k.name(), k.type(), e.mentions());
            byKey.merge(canonical.key(), canonical, KbResolver::union);
        }
        List<Mention> mentions = new ArrayList<>(doc.mentions());
        for (EpithetMatcher.Match m : epithets.find(doc)) {
            if (namesSomeoneElse(doc, m, byKey) || overlapsAny(mentions, m.span(), false)) continue;
            add(doc, m.span(), m.holder(), "epithet:", mentions, byKey);
        }
        for (PartyAliases.Match m : parties.find(doc, Set.copyOf(byKey.keySet()))) {
            if (!overlapsAny(mentions, m.span(), false)) add(doc, m.span(), m.party(), "alias:", mentions, byKey);
        }
        // A compound's name part nests inside a longer mention ("Nato" in "Nato-Generalsekretär").
        for (CompoundMatcher.Match m : compounds.find(doc)) {
            if (!overlapsAny(mentions, m.span(), true)) add(doc, m.span(), m.entry(), "compound:", mentions, byKey);
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return doc.withMentions(mentions).withEntities(new ArrayList<>(byKey.values()));
    }

    /** "Die Zeitung Nordland": an organization named like a place is not the place the knowledge base knows. */
    private static boolean namesake(Entity e, Doc doc) {
        return doc.mentions().stream().anyMatch(m -> NamedAfterNoun.NAMESAKE.equals(m.foundBy()) && e.mentions().contains(m.span()));
    }

    /** True when a mention overlaps {@code span}; with {@code nestingAllowed}, one that contains it does not count. */
    private static boolean overlapsAny(List<Mention> mentions, Span span, boolean nestingAllowed) {
        return mentions.stream().anyMatch(x -> x.span().overlaps(span)
                && !(nestingAllowed && x.span().contains(span) && !x.span().equals(span)));
    }

    /** Adds a mention of a known entry to the mentions and to the entry's entity. */
    private static void add(Doc doc, Span span, KbEntry e, String how, List<Mention> mentions, Map<String, Entity> byKey) {
        mentions.add(new Mention(span, doc.cover(span), e.type(), how + e.key()));
        byKey.merge(e.key(), new Entity(e.key(), e.name(), e.type(), List.of(span)), KbResolver::union);
    }

    /** A title right before a person's name stands for that person: never for a different one. */
    private static boolean namesSomeoneElse(Doc doc, EpithetMatcher.Match m, Map<String, Entity> byKey) {
        int next = nextTokenBegin(doc, m.span().end());
        if (next < 0) return false;
        for (Entity e : byKey.values()) {
            if (e.type() != EntityType.PER) continue;
            for (Span s : e.mentions()) {
                if (s.begin() == next) return !e.key().equals(m.holder().key());
            }
        }
        return false;
    }

    private static int nextTokenBegin(Doc doc, int end) {
        for (var t : doc.tokens()) if (t.span().begin() >= end) return t.span().begin();
        return -1;
    }

    /**
     * The one entry the entity's fullest name names; else the one entry its other forms name with the
     * same type (for a person's full name, only entries with its given name); else, for a name no entry knows, the
     * one person it is a one-edit variant of.
     */
    private KbEntry identify(Entity e, Doc doc) {
        List<KbEntry> byLabel = candidates(e.label());
        KbEntry k = unique(byLabel, null);
        if (k != null) return k;
        Set<KbEntry> found = new HashSet<>();
        // A surname alone is no evidence against the given name: a brother known to the knowledge base
        // must not take over "Paul Nowak" by "Nowak", while "Wladimir W. Putin" is still Wladimir Putin.
        String given = e.type() == EntityType.PER && e.label().contains(" ") ? e.label().split(" ")[0] : null;
        for (Span s : e.mentions()) {
            String form = doc.cover(s);
            for (KbEntry k2 : candidates(form)) {
                if (given == null || form.contains(" ") || sameGivenName(k2, given)) found.add(k2);
            }
        }
        k = unique(new ArrayList<>(found), e.type());
        if (k != null || !found.isEmpty() || !byLabel.isEmpty()) return k;
        return variants.of(e.label(), e.type());
    }

    private static boolean sameGivenName(KbEntry k, String given) {
        String g = Letters.fold(given);
        return k.names().stream().anyMatch(n -> n.contains(" ") && Letters.fold(n.split(" ")[0]).equals(g));
    }

    private List<KbEntry> candidates(String form) {
        List<KbEntry> hits = kb.byName(form);
        if (!hits.isEmpty()) return hits;
        if (form.endsWith("s") || form.endsWith("'") || form.endsWith("’")) {
            return kb.byName(form.substring(0, form.length() - 1));
        }
        return List.of();
    }

    private static KbEntry unique(List<KbEntry> hits, EntityType type) {
        List<KbEntry> fit = type == null ? hits : hits.stream().filter(h -> h.type() == type).toList();
        return fit.stream().distinct().count() == 1 ? fit.get(0) : null;
    }

    private static Entity union(Entity a, Entity b) {
        List<Span> spans = new ArrayList<>(a.mentions());
        b.mentions().stream().filter(s -> !spans.contains(s)).forEach(spans::add);
        spans.sort(Span::compareTo);
        return new Entity(a.key(), a.label(), a.type(), spans);
    }
}
