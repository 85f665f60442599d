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
 * Groups an article's mentions into entities. Spellings with and without diacritics are one form
 * ("Kęsłowski", "Keslowski"). A short form joins the one full name in the article it can stand for: a surname
 * ("Stoltenberg" for "Jens Stoltenberg", "von der Leyen"), a given name ("Jens"), a genitive ("Putins",
 * "Nordkoreas"), or a short name the article gives in brackets after the full one ("Verband für
 * Seilbahntechnik (VfS)"), an organization's noun ("Stiftung" for "Deutsche Stiftung Denkmalschutz").
 * When two full names fit ("Peter" for "Peter Müller" and "Peter Maier"), the short form stays apart
 * rather than join the wrong one; a name is never joined to another merely because one contains the
 * other ("Salzburg", "Land Salzburg").
 */
public final class MentionResolver implements Stage {
    private static final String NAMESAKE = "\u0000" + NamedAfterNoun.NAMESAKE;

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
            String key = formKey(m);
            Group g = byForm.get(key);
            if (g == null) byForm.put(key, new Group(form, m.type(), key.endsWith(NAMESAKE)));
            // The label keeps the name as spelled with its diacritics when the article spells it so once.
            else if (g.form.equals(Letters.fold(form)) && !form.equals(g.form)) byForm.put(key, new Group(form, g.type, g.namesake));
        }
        Map<String, String> shortNames = Brackets.shortNames(doc);
        Map<String, Group> resolved = new LinkedHashMap<>();
        for (var e : byForm.entrySet()) resolved.put(e.getKey(), target(e.getValue(), byForm, shortNames));

        Map<Group, List<Span>> spans = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Group g = resolved.get(formKey(m));
            spans.computeIfAbsent(g, k -> new ArrayList<>()).add(m.span());
        }
        List<Entity> entities = new ArrayList<>();
        spans.forEach((g, s) -> {
            String key = Institutions.isBareNoun(g.form) ? Slug.of(g.form + " " + doc.id())
                    : g.namesake ? Slug.of(g.form + " " + g.type.name()) : Slug.of(g.form);
            if (!key.isEmpty()) entities.add(new Entity(key, g.form, g.type, s));
        });
        return doc.withEntities(entities);
    }

    /** The folded form; an organization named like a place ("die Zeitung Nordland") apart from the place. */
    private static String formKey(Mention m) {
        String key = Letters.fold(normal(m.text()));
        return NamedAfterNoun.NAMESAKE.equals(m.foundBy()) ? key + NAMESAKE : key;
    }

    /** The group a form joins: itself, or the single longer name it is a short form of. */
    private static Group target(Group g, Map<String, Group> byForm, Map<String, String> shortNames) {
        String full = shortNames.get(Letters.fold(g.form));
        Group named = full == null ? null : byForm.get(Letters.fold(full));
        if (named != null && named != g) return target(named, byForm, shortNames, 1);
        return target(g, byForm, shortNames, 0);
    }

    private static Group target(Group g, Map<String, Group> byForm, Map<String, String> shortNames, int depth) {
        if (depth > 3) return g;
        Group found = null;
        for (Group other : byForm.values()) {
            if (other == g || !standsFor(g, other)) continue;
            Group end = target(other, byForm, shortNames, depth + 1);
            if (found != null && found != end) return g;
            found = end;
        }
        return found == null ? g : found;
    }

    private static boolean standsFor(Group shortForm, Group full) {
        String s = Letters.fold(shortForm.form);
        String f = Letters.fold(full.form);
        if (s.equals(f) || full.namesake) return false;
        if (isGenitiveOf(s, f)) return true;
        if (full.type == EntityType.ORG && shortForm.type == EntityType.ORG && !s.contains(" ")) {
            String head = OrgHeads.head(full.form);
            return head != null && (s.equals(head) || isGenitiveOf(s, head) || s.equals(head + "es"));
        }
        if (full.type != EntityType.PER || shortForm.type == EntityType.LOC || !f.contains(" ")) return false;
        String[] words = f.split(" ");
        String surname = surname(words);
        String given = words[0];
        int start = RepeatedNames.surnameStart(List.of(words));
        boolean inner = !s.contains(" ") && List.of(words).subList(1, start).contains(s);
        return s.equals(surname) || isGenitiveOf(s, surname) || isGenitiveOf(surname, s)
                || s.equalsIgnoreCase(surname) && s.contains(" ")
                || !s.contains(" ") && s.equals(given) || inner;
    }

    /** The last word of a person's name with the particles before it: "von der Leyen", "da Silva". */
    static String surname(String[] words) {
        List<String> w = List.of(words);
        return String.join(" ", w.subList(RepeatedNames.surnameStart(w), words.length));
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
        final boolean namesake;

        Group(String form, EntityType type, boolean namesake) {
            this.form = form;
            this.type = type;
            this.namesake = namesake;
        }
    }
}
