package ekg.ingest.pipeline;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Metadata;
import ekg.ingest.doc.Sentence;
import ekg.ingest.doc.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    static Stage stage(String name, Set<Layer> requires, Set<Layer> provides, UnaryOperator<Doc> f) {
        return new Stage() {
            public String name() { return name; }
            public Set<Layer> requires() { return requires; }
            public Set<Layer> provides() { return provides; }
            public Doc process(Doc doc) { return f.apply(doc); }
        };
    }

    static final Stage SENTENCES = stage("sentences", Set.of(Layer.TEXT), Set.of(Layer.SENTENCES),
            d -> d.withSentences(List.of(new Sentence(new Span(0, d.text().length())))));
    static final Stage NEEDS_TOKENS = stage("pos", Set.of(Layer.TOKENS), Set.of(Layer.POS), d -> d);

    @Test
    void aStageWhoseInputNobodyProvidesFailsAtBuildTimeNamingWhatIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.builder().add(SENTENCES).add(NEEDS_TOKENS).build());
        assertTrue(e.getMessage().contains("'pos' requires [TOKENS]"), e.getMessage());
        assertTrue(e.getMessage().contains("[sentences]"), e.getMessage());
    }

    @Test
    void stagesRunInOrderAndEachAddsItsLayer() {
        Doc doc = Doc.of("a", "Ein Satz.", Metadata.builder("a.txt").build());
        Doc done = Pipeline.builder().add(SENTENCES).build().process(doc);
        assertEquals(Set.of(Layer.TEXT, Layer.SENTENCES), done.layers());
        assertEquals(Set.of(Layer.TEXT), doc.layers(), "the input document is unchanged");
    }

    @Test
    void aThrowingStageIsNamedWithTheDocument() {
        Stage boom = stage("boom", Set.of(), Set.of(), d -> {
            throw new IllegalArgumentException("bad");
        });
        Doc doc = Doc.of("art-7", "x", Metadata.builder("x.txt").build());
        StageException e = assertThrows(StageException.class, () -> Pipeline.builder().add(boom).build().process(doc));
        assertEquals("boom", e.stage());
        assertEquals("art-7", e.docId());
    }

    @Test
    void readingAMissingLayerSaysWhichOne() {
        Doc doc = Doc.of("a", "x", Metadata.builder("x.txt").build());
        IllegalStateException e = assertThrows(IllegalStateException.class, doc::quotes);
        assertTrue(e.getMessage().contains("QUOTES"), e.getMessage());
    }

    @Test
    void spansPastTheTextAreRefused() {
        Doc doc = Doc.of("a", "kurz", Metadata.builder("x.txt").build());
        assertThrows(IllegalArgumentException.class,
                () -> doc.withSentences(List.of(new Sentence(new Span(0, 5)))));
    }
}
