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
 * phrases ("der Kremlchef") as mentions of the person holding the role at the article's date.
 * An entity whose names fit several entries keeps its own key: no guess.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder()...add(new MentionResolver()).add(new KbResolver(KnowledgeBase.builtIn())).build();
 * }</pre>
 */
public final class KbResolver implements Stage {
    private final KnowledgeBase kb;
    private final EpithetMatcher epithets;

    public KbResolver(KnowledgeBase kb) {
        this.kb = kb;
        this.epithets = new EpithetMatcher(kb);
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
            Entity canonical = k == null ? e : new Entity(k.key(), k.name(), k.type(), e.mentions());
            byKey.merge(canonical.key(), canonical, KbResolver::union);
        }
        List<Mention> mentions = new ArrayList<>(doc.mentions());
        Set<Span> taken = new HashSet<>();
        mentions.forEach(m -> taken.add(m.span()));
        for (EpithetMatcher.Match m : epithets.find(doc)) {
            if (mentions.stream().anyMatch(x -> x.span().overlaps(m.span()))) continue;
            KbEntry h = m.holder();
            mentions.add(new Mention(m.span(), doc.cover(m.span()), EntityType.PER, "epithet:" + h.key()));
            byKey.merge(h.key(), new Entity(h.key(), h.name(), h.type(), List.of(m.span())), KbResolver::union);
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return doc.withMentions(mentions).withEntities(new ArrayList<>(byKey.values()));
    }

    /** The one entry the entity's fullest name names; else the one entry its other forms name with the same type. */
    private KbEntry identify(Entity e, Doc doc) {
        KbEntry byLabel = unique(candidates(e.label()), null);
        if (byLabel != null) return byLabel;
        Set<KbEntry> found = new HashSet<>();
        for (Span s : e.mentions()) found.addAll(candidates(doc.cover(s)));
        return unique(new ArrayList<>(found), e.type());
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
