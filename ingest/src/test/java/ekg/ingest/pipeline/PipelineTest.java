package ekg.ingest.pipeline;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Mention;
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

    static final Stage NAMES = stage("names", Set.of(Layer.SENTENCES), Set.of(Layer.MENTIONS),
            d -> d.withMentions(List.of(new Mention(new Span(0, 4), d.cover(new Span(0, 4)), EntityType.PER, "model"))));
    static final Stage NAME_RULES = stage("name-rules", Set.of(Layer.SENTENCES, Layer.MENTIONS), Set.of(Layer.MENTIONS),
            d -> d.withMentions(d.mentions().stream().map(m -> new Mention(m.span(), m.text(), EntityType.ORG, "rule")).toList()));

    @Test
    void aRefiningStageBeforeTheLayersMakerFailsAtBuildTimeSayingWhereItBelongs() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.builder().add(SENTENCES).add(NAME_RULES).add(NAMES).build());
        assertTrue(e.getMessage().contains("'name-rules' refines [MENTIONS] (requires and provides it)"), e.getMessage());
        assertTrue(e.getMessage().contains("Put 'name-rules' after the stage that first makes MENTIONS"), e.getMessage());
        assertTrue(e.getMessage().contains("[sentences]"), e.getMessage());
    }

    @Test
    void aSecondMakerOfALayerMustDeclareThatItRefinesIt() {
        Stage again = stage("names-again", Set.of(Layer.SENTENCES), Set.of(Layer.MENTIONS), d -> d.withMentions(List.of()));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.builder().add(SENTENCES).add(NAMES).add(again).build());
        assertTrue(e.getMessage().contains("'names-again' provides MENTIONS, which 'names' before it already provides"),
                e.getMessage());
        assertTrue(e.getMessage().contains("add MENTIONS to its requires()"), e.getMessage());
    }

    @Test
    void aDeclaredRefinementAfterTheMakerRunsInOrder() {
        Doc doc = Doc.of("a", "Anna kommt.", Metadata.builder("a.txt").build());
        Doc done = Pipeline.builder().add(SENTENCES).add(NAMES).add(NAME_RULES).build().process(doc);
        assertEquals(List.of("Anna/ORG/rule"), done.mentions().stream()
                .map(m -> m.text() + "/" + m.type() + "/" + m.foundBy()).toList());
    }

    @Test
    void aStageThatChangesALayerItDoesNotProvideFailsOnTheFirstDocument() {
        Stage sneaky = stage("sneaky", Set.of(Layer.SENTENCES, Layer.MENTIONS), Set.of(), d -> d.withMentions(List.of()));
        Pipeline p = Pipeline.builder().add(SENTENCES).add(NAMES).add(sneaky).build();
        Doc doc = Doc.of("art-3", "Anna kommt.", Metadata.builder("a.txt").build());
        StageException e = assertThrows(StageException.class, () -> p.process(doc));
        assertEquals("sneaky", e.stage());
        assertTrue(e.getMessage().contains("changed [MENTIONS] but does not declare it in provides()"), e.getMessage());
    }

    @Test
    void reattachingALayerUnchangedIsNoChange() {
        Doc d = SENTENCES.process(Doc.of("a", "Ein Satz.", Metadata.builder("a.txt").build()));
        assertEquals(Set.of(), d.withSentences(d.sentences()).changedSince(d));
        assertEquals(Set.of(Layer.SENTENCES), d.changedSince(Doc.of("a", "Ein Satz.", Metadata.builder("a.txt").build())));
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
