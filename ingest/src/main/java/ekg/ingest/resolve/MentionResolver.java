package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Spaces;
import ekg.ingest.pipeline.Stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups an article's mentions into entities. A short form joins the one full name in the article it
 * can stand for: a surname ("Stoltenberg" for "Jens Stoltenberg") or a genitive ("Putins", "Nordkoreas");
 * when two full names fit, the short form stays apart rather than join the wrong one.
 */
public final class MentionResolver implements Stage {

    @Override
    public String name() {
        return "resolve";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Doc process(Doc doc) {
        List<Mention> mentions = doc.mentions();
        Map<String, Group> byForm = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String form = normal(m.text());
            byForm.computeIfAbsent(form, f -> new Group(f, m.type()));
        }
        Map<String, Group> resolved = new LinkedHashMap<>();
        for (Group g : byForm.values()) resolved.put(g.form, target(g, byForm));

        Map<Group, List<Span>> spans = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Group g = resolved.get(normal(m.text()));
            spans.computeIfAbsent(g, k -> new ArrayList<>()).add(m.span());
        }
        List<Entity> entities = new ArrayList<>();
        spans.forEach((g, s) -> {
            String key = Slug.of(g.form);
            if (!key.isEmpty()) entities.add(new Entity(key, g.form, g.type, s));
        });
        return doc.withEntities(entities);
    }

    /** The group a form joins: itself, or the single longer name it is a short form of. */
    private static Group target(Group g, Map<String, Group> byForm) {
        return target(g, byForm, 0);
    }

    private static Group target(Group g, Map<String, Group> byForm, int depth) {
        if (depth > 3) return g;
        Group found = null;
        for (Group other : byForm.values()) {
            if (other == g || !standsFor(g, other)) continue;
            Group end = target(other, byForm, depth + 1);
            if (found != null && found != end) return g;
            found = end;
        }
        return found == null ? g : found;
    }

    private static boolean standsFor(Group shortForm, Group full) {
        String s = shortForm.form;
        String f = full.form;
        if (s.equals(f)) return false;
        if (isGenitiveOf(s, f)) return true;
        if (full.type != EntityType.PER || shortForm.type == EntityType.LOC) return false;
        String surname = f.substring(f.lastIndexOf(' ') + 1);
        return f.contains(" ") && !s.contains(" ") && (s.equals(surname) || isGenitiveOf(s, surname));
    }

    /** German genitive of a name: -s, -', or -’ after an s-sound. */
    static boolean isGenitiveOf(String form, String name) {
        return form.equals(name + "s") || form.equals(name + "'") || form.equals(name + "’")
                || form.equals(name + "'s");
    }

    static String normal(String text) {
        return Spaces.collapse(text);
    }

    private static final class Group {
        final String form;
        final EntityType type;

        Group(String form, EntityType type) {
            this.form = form;
            this.type = type;
        }
    }
}
