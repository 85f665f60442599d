package ekg.ingest.role;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Entity;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;

import java.util.List;

/** Looks up tokens by offset and the organization or place entity a span names. */
final class TokenEntities {
    private final List<Token> tokens;
    private final List<Entity> entities;

    TokenEntities(Doc doc) {
        this.tokens = doc.tokens();
        this.entities = doc.entities();
    }

    int tokenStartingAt(int begin) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).span().begin() == begin) return i;
        return -1;
    }

    int tokenEndingAt(int end) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).span().end() == end) return i;
        return -1;
    }

    boolean sameSentence(int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }

    /** The organization or place whose mention is exactly {@code span}. */
    String entityAt(Span span) {
        for (Entity e : entities) {
            if (isOrgOrPlace(e) && e.mentions().contains(span)) return e.key();
        }
        return null;
    }

    /** The organization or place with a mention inside [begin, end). */
    String entityWithin(int begin, int end) {
        Span range = new Span(begin, end);
        for (Entity e : entities) {
            if (isOrgOrPlace(e) && e.mentions().stream().anyMatch(range::contains)) return e.key();
        }
        return null;
    }

    /** An entity and one of its mentions. */
    record Named(String key, Span mention) {
    }

    /**
     * The organization or place with the longest mention overlapping {@code span}: the ministry in
     * "des US-Verteidigungsministeriums", not the country nested in it.
     */
    Named entityCovering(Span span) {
        Named best = null;
        for (Entity e : entities) {
            if (!isOrgOrPlace(e)) continue;
            for (Span m : e.mentions()) {
                if (m.overlaps(span) && (best == null || m.length() > best.mention().length())) best = new Named(e.key(), m);
            }
        }
        return best;
    }

    private static boolean isOrgOrPlace(Entity e) {
        return e.type() == EntityType.ORG || e.type() == EntityType.LOC;
    }
}
