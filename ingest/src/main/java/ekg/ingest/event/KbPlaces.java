package ekg.ingest.event;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The places of the knowledge base that an article's phrases name, tried with the other endings of an
 * inflected adjective ("Fernem Osten" is "Ferner Osten"). Every trigger of a clause asks for the same
 * phrases after the same prepositions, so each phrase is looked up once per article.
 */
final class KbPlaces {
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(em|en|er|es|e)$");

    private final Doc doc;
    private final List<Token> tokens;
    private final KnowledgeBase kb;
    private final Map<Long, Optional<String>> placeAt = new HashMap<>();
    /** Per token: 0 not asked yet, 1 when a name of the knowledge base may end with the word ending there, 2 when none can. */
    private byte[] mayEnd;

    KbPlaces(Doc doc, KnowledgeBase kb) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.kb = kb;
    }

    /** The key of the place named by tokens [from, to), or null. */
    String at(int from, int to) {
        // Most phrases end in a word no name of the knowledge base ends in: asked once per token, not per phrase.
        if (!mayEnd(from, to - 1)) return null;
        // One number per pair whose Long hash differs per pair: "from << 32 | to" hashes to from ^ to, the
        // same for most nearby pairs, and the map's lookups then cost more than the places they save.
        long pair = (long) from * (tokens.size() + 1) + to;
        Span span = new Span(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
        return placeAt.computeIfAbsent(pair, k -> Optional.ofNullable(inflected(doc.cover(span)))).orElse(null);
    }

    /**
     * False when the phrase from token {@code from} to token {@code last} cannot be a name of the
     * knowledge base because the word it ends with ends none ({@link KnowledgeBase#mayName}).
     */
    private boolean mayEnd(int from, int last) {
        String text = doc.text();
        int end = tokens.get(last).span().end();
        int word = end;
        while (word > 0 && !Character.isWhitespace(text.charAt(word - 1))) word--;
        // The word begins before the phrase: the phrase is a part of one word, asked as it is.
        if (word < tokens.get(from).span().begin()) return true;
        if (mayEnd == null) mayEnd = new byte[tokens.size()];
        if (mayEnd[last] == 0) mayEnd[last] = kb.mayName(text.substring(word, end)) ? (byte) 1 : (byte) 2;
        return mayEnd[last] == 1;
    }

    private String inflected(String phrase) {
        if (!kb.mayName(phrase)) return null;
        int space = phrase.indexOf(' ');
        String first = space < 0 ? phrase : phrase.substring(0, space);
        // With no other white space in it, the first word is the folded name's first word: most are none.
        boolean plainFirst = true;
        for (int i = 0; i < first.length() && plainFirst; i++) plainFirst = !Character.isWhitespace(first.charAt(i));
        String key = space >= 0 && plainFirst && !kb.mayOpenName(first) ? null : place(phrase);
        if (key != null || space < 0) return key;
        String rest = phrase.substring(space);
        String stem = ADJECTIVE_ENDING.matcher(first).replaceFirst("");
        for (String ending : List.of("er", "e", "en", "em", "es")) {
            if (plainFirst && !kb.mayOpenName(stem + ending)) continue;
            key = place(stem + ending + rest);
            if (key != null) return key;
        }
        return null;
    }

    /** The key of the one place the knowledge base knows by {@code name}, or null. */
    private String place(String name) {
        List<KbEntry> hits = kb.byName(name);
        return hits.size() == 1 && hits.get(0).type() == EntityType.LOC ? hits.get(0).key() : null;
    }
}
