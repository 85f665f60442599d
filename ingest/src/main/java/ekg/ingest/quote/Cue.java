package ekg.ingest.quote;

import java.util.List;

/**
 * A cue found in the writer's text: the token indices of its words, the words as printed, and the
 * lexicon entry it matched.
 */
record Cue(List<Integer> tokens, String text, CueLexicon.Entry entry) {
    Cue {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) throw new IllegalArgumentException("cue has no tokens: " + text);
    }

    /** The token of the cue's first word, usually the finite verb. */
    int first() {
        return tokens.get(0);
    }

    boolean covers(int token) {
        return tokens.contains(token);
    }
}
