package ekg.ingest.tools.ner;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Metadata;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;

import java.util.ArrayList;
import java.util.List;

/** Lays out already tokenised sentences as a document: tokens joined by single spaces, one sentence index each. */
final class TokenDocs {

    private TokenDocs() {
    }

    static Doc of(String id, List<String[]> sentences) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (String w : sentences.get(s)) {
                if (text.length() > 0) text.append(' ');
                tokens.add(new Token(new Span(text.length(), text.length() + w.length()), w, s));
                text.append(w);
            }
        }
        return Doc.of(id, text.toString(), Metadata.builder(id).build()).withTokens(tokens);
    }
}
