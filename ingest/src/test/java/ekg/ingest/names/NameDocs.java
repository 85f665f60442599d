package ekg.ingest.names;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.DocBuilder;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Hand-built documents and lists for the name stages: tokens separated by single spaces, one sentence. */
final class NameDocs {
    private NameDocs() {
    }

    static Doc doc(String sentence) {
        return DocBuilder.of(sentence).id("t").tokens(DocBuilder.SPACES).mentions().build();
    }

    /** The document with a mention of {@code text} (its first occurrence) as if a model had found it. */
    static Doc withModelMention(Doc doc, String text, EntityType type) {
        int begin = doc.text().indexOf(text);
        List<Mention> m = new ArrayList<>(doc.mentions());
        m.add(new Mention(new Span(begin, begin + text.length()), text, type, "ner:test"));
        m.sort((a, b) -> a.span().compareTo(b.span()));
        return doc.withMentions(m);
    }

    /** Lists from {@code name TAB type} lines and given names, no knowledge base. */
    static NameLists lists(String names, String... given) throws IOException {
        return NameLists.of(new StringReader(names), "test", new StringReader(String.join("\n", given)), List.of());
    }

    static List<String> shown(Doc doc) {
        return doc.mentions().stream().map(m -> m.text() + "/" + m.type()).toList();
    }
}
