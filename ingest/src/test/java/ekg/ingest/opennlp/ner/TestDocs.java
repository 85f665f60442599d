package ekg.ingest.opennlp.ner;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocBuilder;

import java.util.HashSet;
import java.util.Set;

/** Builds tokenised documents by hand: tokens are separated by single spaces, sentences given one by one. */
final class TestDocs {
    private TestDocs() {
    }

    static Doc tokenized(String id, String... sentences) {
        Set<Integer> ends = new HashSet<>();
        int offset = -1;
        for (String s : sentences) {
            offset += s.length() + 1;
            ends.add(offset);
        }
        return DocBuilder.of(String.join(" ", sentences)).id(id).tokens(DocBuilder.SPACES)
                .sentences((text, tokens, i) -> ends.contains(tokens.get(i).end())).build();
    }
}
