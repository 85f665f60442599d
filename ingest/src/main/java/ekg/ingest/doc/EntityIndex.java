package ekg.ingest.doc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The entity part of a {@link DocIndex}: every entity's mention spans, by span. */
final class EntityIndex {
    private final List<Entity> entities;
    private final List<DocIndex.EntityMention> flat = new ArrayList<>();
    private final Map<Span, List<Entity>> at = new HashMap<>();
    private final SpanTable table;

    EntityIndex(List<Entity> entities) {
        this.entities = entities;
        List<Span> spans = new ArrayList<>();
        for (Entity e : entities) {
            for (Span s : e.mentions()) {
                flat.add(new DocIndex.EntityMention(e, s));
                spans.add(s);
                List<Entity> here = at.computeIfAbsent(s, k -> new ArrayList<>(1));
                if (here.isEmpty() || here.get(here.size() - 1) != e) here.add(e);
            }
        }
        table = new SpanTable(spans);
        at.replaceAll((s, l) -> List.copyOf(l));
    }

    boolean builtFrom(Doc doc) {
        return doc.rawEntities() == entities;
    }

    List<Entity> at(Span span) {
        return at.getOrDefault(span, List.of());
    }

    List<DocIndex.EntityMention> within(Span span) {
        return pick(table.within(span));
    }

    List<DocIndex.EntityMention> containing(Span span) {
        return pick(table.containing(span));
    }

    List<DocIndex.EntityMention> overlapping(Span span) {
        return pick(table.overlapping(span));
    }

    private List<DocIndex.EntityMention> pick(int[] positions) {
        List<DocIndex.EntityMention> out = new ArrayList<>(positions.length);
        for (int p : positions) out.add(flat.get(p));
        return out;
    }
}
