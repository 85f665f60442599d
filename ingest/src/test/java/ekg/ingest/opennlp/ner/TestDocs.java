package ekg.ingest.opennlp.ner;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Metadata;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;

import java.util.ArrayList;
import java.util.List;

/** Builds tokenised documents by hand: tokens are separated by single spaces, sentences given one by one. */
final class TestDocs {
    private TestDocs() {
    }

    static Doc tokenized(String id, String... sentences) {
        String text = String.join(" ", sentences);
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int s = 0; s < sentences.length; s++) {
            for (String word : sentences[s].split(" ")) {
                tokens.add(new Token(new Span(offset, offset + word.length()), word, s));
                offset += word.length() + 1;
            }
        }
        return Doc.of(id, text, Metadata.builder(id + ".txt").build()).withTokens(tokens);
    }
}
