package ekg.ingest.role;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocIndex;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.RoleFact;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.kb.KnowledgeBase;
import ekg.ingest.names.NameLists;
import ekg.ingest.pipeline.Stage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the roles an article gives people, in the patterns German news uses: a role noun right before
 * the name, with the organization or country in a compound or before it ("NATO-Generalsekretär Jens
 * Stoltenberg", "Russlands Präsident Wladimir Putin", "der russische Präsident ..."), or in an
 * apposition with a genitive ("der Sprecher des US-Verteidigungsministeriums, Pat Ryder", "John Kirby,
 * Sprecher des Nationalen Sicherheitsrates").
 *
 * <pre>{@code
 * Doc withRoles = new RoleStage(NameLists.builtIn(), KnowledgeBase.builtIn()).process(resolvedDoc);
 * }</pre>
 */
public final class RoleStage implements Stage {
    /** Forms of address stand before names like role nouns, but give no role. */
    private static final Set<String> ADDRESS = Set.of("Herr", "Herrn", "Frau", "Dr.", "Prof.");

    private final NameLists lists;
    private final Countries countries;

    public RoleStage(NameLists lists, KnowledgeBase kb) {
        this.lists = lists;
        this.countries = new Countries(kb);
    }

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ROLES);
    }

    @Override
    public Doc process(Doc doc) {
        DocIndex ix = doc.index();
        Set<RoleFact> facts = new LinkedHashSet<>();
        for (Entity person : doc.entities()) {
            if (person.type() != EntityType.PER) continue;
            for (Span name : person.mentions()) {
                int first = ix.tokenStartingAt(name.begin());
                int last = ix.tokenEndingAt(name.end());
                if (first < 0 || last < 0) continue;
                RoleFact f = before(doc, ix, person.key(), first);
                if (f == null) f = appositionBefore(doc, ix, person.key(), first);
                if (f == null) f = appositionAfter(doc, ix, person.key(), last);
                if (f != null) facts.add(f);
            }
        }
        return doc.withRoles(new ArrayList<>(facts));
    }

    /** "NATO-Generalsekretär X", "Russlands Präsident X", "der russische Präsident X", "Präsident X". */
    private RoleFact before(Doc doc, DocIndex ix, String person, int first) {
        int r = first - 1;
        if (r < 0 || !sameSentence(doc, r, first)) return null;
        Token role = doc.tokens().get(r);
        if (ADDRESS.contains(role.text())) return null;
        int dash = role.text().lastIndexOf('-');
        if (dash > 0 && lists.isRoleNoun(role.text().substring(dash + 1))) {
            String org = entityWithin(ix, new Span(role.span().begin(), role.span().begin() + dash));
            return new RoleFact(role.span(), person, role.text().substring(dash + 1), org);
        }
        if (!lists.isRoleNoun(role.text())) return null;
        String org = null;
        Span span = role.span();
        if (r > 0 && sameSentence(doc, r - 1, r)) {
            Token mod = doc.tokens().get(r - 1);
            org = entityAt(ix, mod.span());
            if (org == null) org = countries.ofModifier(mod.text());
            if (org != null) span = new Span(mod.span().begin(), role.span().end());
        }
        return new RoleFact(span, person, role.text(), org);
    }

    /** "der Sprecher des US-Verteidigungsministeriums, Pat Ryder". */
    private RoleFact appositionBefore(Doc doc, DocIndex ix, String person, int first) {
        int comma = first - 1;
        if (comma < 1 || !doc.tokens().get(comma).text().equals(",")) return null;
        for (int r = comma - 1; r >= Math.max(0, comma - 8) && sameSentence(doc, r, comma); r--) {
            if (!lists.isRoleNoun(doc.tokens().get(r).text())) continue;
            return genitiveOrg(doc, ix, person, r, comma);
        }
        return null;
    }

    /** "John Kirby, Sprecher des Nationalen Sicherheitsrates". */
    private RoleFact appositionAfter(Doc doc, DocIndex ix, String person, int last) {
        int comma = last + 1;
        int r = last + 2;
        if (r >= doc.tokens().size() || !doc.tokens().get(comma).text().equals(",")) return null;
        if (!sameSentence(doc, last, r) || !lists.isRoleNoun(doc.tokens().get(r).text())) return null;
        return genitiveOrg(doc, ix, person, r, Math.min(doc.tokens().size(), r + 8));
    }

    /** The role noun at {@code r} with the first organization or place named in its genitive before {@code end}. */
    private static RoleFact genitiveOrg(Doc doc, DocIndex ix, String person, int r, int end) {
        if (ADDRESS.contains(doc.tokens().get(r).text())) return null;
        Token role = doc.tokens().get(r);
        if (r + 1 >= end || !List.of("des", "der").contains(doc.tokens().get(r + 1).text())) return null;
        for (int k = r + 2; k < end; k++) {
            Token t = doc.tokens().get(k);
            if (t.text().equals(",")) break;
            DocIndex.EntityMention org = entityCovering(ix, t.span());
            if (org != null) {
                int stop = Math.max(t.span().end(), org.span().end());
                return new RoleFact(new Span(role.span().begin(), stop), person, role.text(), org.entity().key());
            }
        }
        return new RoleFact(role.span(), person, role.text(), null);
    }

    private static boolean sameSentence(Doc doc, int a, int b) {
        return doc.tokens().get(a).sentence() == doc.tokens().get(b).sentence();
    }

    /** The organization or place whose mention is exactly {@code span}. */
    private static String entityAt(DocIndex ix, Span span) {
        for (Entity e : ix.entitiesAt(span)) if (isOrgOrPlace(e)) return e.key();
        return null;
    }

    /** The organization or place with a mention inside {@code range}. */
    private static String entityWithin(DocIndex ix, Span range) {
        for (DocIndex.EntityMention m : ix.entityMentionsWithin(range)) if (isOrgOrPlace(m.entity())) return m.entity().key();
        return null;
    }

    /**
     * The organization or place with the longest mention overlapping {@code span}: the ministry in
     * "des US-Verteidigungsministeriums", not the country nested in it.
     */
    private static DocIndex.EntityMention entityCovering(DocIndex ix, Span span) {
        DocIndex.EntityMention best = null;
        for (DocIndex.EntityMention m : ix.entityMentionsOverlapping(span)) {
            if (isOrgOrPlace(m.entity()) && (best == null || m.span().length() > best.span().length())) best = m;
        }
        return best;
    }

    private static boolean isOrgOrPlace(Entity e) {
        return e.type() == EntityType.ORG || e.type() == EntityType.LOC;
    }
}
