package ekg.graph.link;

import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Literals;
import ekg.graph.rdf.Vocab;
import ekg.graph.store.ArticleQuads;
import ekg.graph.store.EkgStore;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Event linking over a real TDB2 dataset: reports of one event merge, other occurrences stay apart. */
class EventLinkerTest {
    private static final Iris IRIS = Iris.DEFAULT;
    private static final Node LINKING = IRIS.linkingGraph();

    /** Collects the quads of one article graph. */
    private static final class Article {
        final String id;
        final List<Quad> quads = new ArrayList<>();
        private int next = 10;

        Article(String id, String published) {
            this.id = id;
            Node g = IRIS.articleGraph(id);
            quads.add(Quad.create(g, g, Vocab.Prov.WAS_DERIVED_FROM, IRIS.article(id)));
            if (published != null) quads.add(Quad.create(g, IRIS.article(id), Vocab.Schema.DATE_PUBLISHED, Literals.date(published)));
        }

        /** The article's outlet, as the reader writes it. */
        Article about(Node p, String value) {
            quads.add(Quad.create(IRIS.articleGraph(id), IRIS.article(id), p, Literals.string(value)));
            return this;
        }

        /** An event mention; {@code time} may be null, {@code phrase} the time phrase as printed. */
        Article event(String type, String actor, String place, String time, String phrase) {
            Node g = IRIS.articleGraph(id);
            Node m = IRIS.eventMention(id, next, next + 5);
            next += 10;
            quads.add(Quad.create(g, m, Vocab.TYPE, Vocab.Ekg.EVENT_MENTION));
            quads.add(Quad.create(g, m, Vocab.Sem.EVENT_TYPE, Vocab.Ekg.eventType(type)));
            if (actor != null) quads.add(Quad.create(g, m, Vocab.Sem.HAS_ACTOR, IRIS.entity(actor)));
            if (place != null) quads.add(Quad.create(g, m, Vocab.Sem.HAS_PLACE, IRIS.entity(place)));
            if (phrase != null) quads.add(Quad.create(g, m, Vocab.Ekg.TIME_PHRASE, Literals.string(phrase)));
            if (time != null) {
                String[] t = time.split("/");
                if (t.length == 1) quads.add(Quad.create(g, m, Vocab.Sem.HAS_TIME_STAMP, Literals.date(t[0])));
                else {
                    quads.add(Quad.create(g, m, Vocab.Sem.HAS_BEGIN, Literals.date(t[0])));
                    quads.add(Quad.create(g, m, Vocab.Sem.HAS_END, Literals.date(t[1])));
                }
            }
            return this;
        }

        /** Says, as the event stage does, that the last mention reports the event of the one before it. */
        Article same() {
            Node g = IRIS.articleGraph(id);
            quads.add(Quad.create(g, IRIS.eventMention(id, next - 10, next - 5), Vocab.Ekg.SAME_EVENT_AS,
                    IRIS.eventMention(id, next - 20, next - 15)));
            return this;
        }

        ArticleQuads quads() {
            return new ArticleQuads(id, quads);
        }
    }

    /** Each event of the linking graph as "Type time [articles]". */
    private static Set<String> events(EkgStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<String> out = new TreeSet<>();
            store.datasetGraph().find(LINKING, Node.ANY, Vocab.TYPE, Vocab.Sem.EVENT).forEachRemaining(q -> {
                Node e = q.getSubject();
                String type = one(store, e, Vocab.Sem.EVENT_TYPE).replace(Vocab.EKG, "");
                String stamp = one(store, e, Vocab.Sem.HAS_TIME_STAMP);
                String time = !stamp.isEmpty() ? stamp : one(store, e, Vocab.Sem.HAS_BEGIN) + "/" + one(store, e, Vocab.Sem.HAS_END);
                Set<String> arts = sources(store, e);
                out.add(type + " " + time + " " + arts);
            });
            return out;
        });
    }

    /** Each event of the linking graph as "Type [articles] outlets=N", with " datesDiffer" when so marked. */
    private static Set<String> outlets(EkgStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<String> out = new TreeSet<>();
            store.datasetGraph().find(LINKING, Node.ANY, Vocab.TYPE, Vocab.Sem.EVENT).forEachRemaining(q -> {
                Node e = q.getSubject();
                Set<String> arts = sources(store, e);
                String differ = one(store, e, Vocab.Ekg.DATES_DIFFER);
                out.add(one(store, e, Vocab.Sem.EVENT_TYPE).replace(Vocab.EKG, "") + " " + arts + " outlets="
                        + one(store, e, Vocab.Ekg.OUTLET_COUNT) + (differ.isEmpty() ? "" : " datesDiffer=" + differ));
            });
            return out;
        });
    }

    /** The ids of the articles an event was derived from. */
    private static Set<String> sources(EkgStore store, Node e) {
        Set<String> arts = new TreeSet<>();
        store.datasetGraph().find(LINKING, e, Vocab.Prov.WAS_DERIVED_FROM, Node.ANY)
                .forEachRemaining(x -> arts.add(x.getObject().getURI().replace(IRIS.base() + "id/article/", "")));
        return arts;
    }

    private static String one(EkgStore store, Node s, Node p) {
        List<String> v = new ArrayList<>();
        store.datasetGraph().find(LINKING, s, p, Node.ANY).forEachRemaining(q ->
                v.add(q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm() : q.getObject().getURI()));
        return v.isEmpty() ? "" : v.get(0);
    }

    private static Set<String> link(Path dir, Article... articles) {
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            store.replace(java.util.Arrays.stream(articles).map(Article::quads).toList());
            new LinkingGraph(IRIS, List.of(new EventLinker(IRIS))).rebuild(store.datasetGraph());
            return events(store);
        }
    }

    @Test
    void reportsOfOneVisitMergeAndAnEarlierVisitStaysApart(@TempDir Path dir) {
        Set<String> ev = link(dir,
                new Article("a", "2024-06").event("Visit", "putin", "nordkorea", "2024-06-18/2024-06-19", "am Dienstag und Mittwoch")
                        .event("Visit", "putin", "nordkorea", "2000", "im Jahr 2000"),
                new Article("b", "2024-06-19").event("Visit", "putin", "pjoengjang", "2024-06-19", "am Mittwoch")
                        .event("Visit", "putin", "nordkorea", "2000", "im Jahr 2000"),
                new Article("c", null).event("Visit", "putin", "nordkorea", null, null)
                        .event("Visit", "putin", "nordkorea", "2000", "im Jahr 2000"));
        assertEquals(Set.of("Visit 2024-06-18/2024-06-19 [a, c]", "Visit 2024-06-19 [b]", "Visit 2000 [a, b, c]"), ev);
    }

    @Test
    void eachEventCountsItsOutletsAndIsMarkedWhenItsReportsGiveDifferentDates(@TempDir Path dir) {
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            store.replace(List.of(
                    new Article("a", "2024-06-18").about(Vocab.Schema.PUBLISHER, "Bote").about(Vocab.Schema.URL, "https://bote.de/a")
                            .event("Visit", "putin", "nordkorea", "2024-06-18/2024-06-19", "am Dienstag und Mittwoch")
                            .event("Summit", "nato", "washington", "2024-07-10", null).quads(),
                    new Article("b", "2024-06-19").about(Vocab.Schema.PUBLISHER, "Bote").about(Vocab.Schema.URL, "https://bote.de/b")
                            .event("Visit", "putin", "nordkorea", "2024-06-18/2024-06-19", "seit Dienstag").quads(),
                    new Article("c", "2024-06-19").about(Vocab.Schema.URL, "c.txt")
                            .event("Visit", "putin", "nordkorea", null, null)
                            .event("Summit", "nato", "washington", "2024-07-10", null).quads(),
                    new Article("d", null).about(Vocab.Schema.URL, "d.txt")
                            .event("Summit", "nato", "washington", "2024-07-09/2024-07-11", "von Dienstag bis Donnerstag").quads()));
            new LinkingGraph(IRIS, List.of(new EventLinker(IRIS))).rebuild(store.datasetGraph());
            assertEquals(Set.of("Visit [a, b, c] outlets=2", "Summit [a, c, d] outlets=3 datesDiffer=true"), outlets(store));
        }
    }

    /** Reports that fit no single event stay apart but agree in every part of the key: one node, counted once. */
    @Test
    void reportsKeptApartWithTheSameKeyAreOneNodeWithOneCount(@TempDir Path dir) {
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            store.replace(List.of(
                    new Article("a", "2024-06-18").event("Agreement", "suga", null, "2024-06-18", null).quads(),
                    new Article("b", "2021-03-02").event("Agreement", "suga", null, "2021-03-02", null).quads(),
                    new Article("c", null).about(Vocab.Schema.URL, "c.txt").event("Agreement", "suga", null, null, null).quads(),
                    new Article("d", null).about(Vocab.Schema.URL, "d.txt").event("Agreement", "suga", null, null, null).quads()));
            new LinkingGraph(IRIS, List.of(new EventLinker(IRIS))).rebuild(store.datasetGraph());
            assertEquals(Set.of("Agreement [a] outlets=1", "Agreement [b] outlets=1", "Agreement [c, d] outlets=2"), outlets(store));
            long counts = Txn.calculateRead(store.datasetGraph(), () ->
                    store.datasetGraph().stream(LINKING, Node.ANY, Vocab.Ekg.OUTLET_COUNT, Node.ANY).count());
            assertEquals(3, counts);
        }
    }

    /** Two injuries an article names no one for ("ein Mann wurde verletzt" twice) are two events, not one by their equal key. */
    @Test
    void reportsWithoutActorsKeepANodeEach(@TempDir Path dir) {
        try (EkgStore store = EkgStore.open(dir.resolve("db"))) {
            store.replace(List.of(new Article("a", "2024-03-01").event("Injury", null, null, null, null)
                    .event("Injury", null, null, null, null).event("Arrest", "polizei", null, null, null)
                    .event("Arrest", "polizei", null, null, null).same().quads()));
            new LinkingGraph(IRIS, List.of(new EventLinker(IRIS))).rebuild(store.datasetGraph());
            assertEquals(2, count(store, "Injury"));
            assertEquals(1, count(store, "Arrest"));
        }
    }

    /**
     * Two arrests by one police force that the article tells apart stay two events, though they share an
     * actor, and another article's report of one joins just one of them.
     */
    @Test
    void eventsAnArticleTellsApartStayApart(@TempDir Path dir) {
        Set<String> ev = link(dir,
                new Article("a", "2024-03-01").event("Arrest", "polizei", null, "2024-03-01", null)
                        .event("Arrest", "polizei", "wien", "2024-03-01", null).event("Arrest", "polizei", null, null, null).same(),
                new Article("b", "2024-03-01").event("Arrest", "polizei", null, "2024-03-01", null));
        assertEquals(Set.of("Arrest 2024-03-01 [a, b]", "Arrest 2024-03-01 [a]"), ev);
    }

    /**
     * An undated report that fits two events alike, each sharing its actor and place, joins the one more
     * articles report: the visit three outlets report, not one outlet's misdated mention of it.
     */
    @Test
    void anUndatedReportFittingTwoEventsAlikeJoinsTheOneMoreArticlesReport(@TempDir Path dir) {
        Set<String> ev = link(dir,
                new Article("a", "2024-06-18").event("Visit", "putin", "nordkorea", "2024-06-18", null),
                new Article("b", "2024-06-18").event("Visit", "putin", "nordkorea", "2024-06-18", null),
                new Article("c", "2024-06-18").event("Visit", "putin", "nordkorea", "2024-06-18", null)
                        .event("Visit", "putin", "nordkorea", "2024-06-20", null),
                new Article("d", null).event("Visit", "putin", "nordkorea", null, null));
        assertEquals(Set.of("Visit 2024-06-18 [a, b, c, d]", "Visit 2024-06-20 [c]"), ev);
    }

    private static long count(EkgStore store, String type) {
        return Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
                .stream(LINKING, Node.ANY, Vocab.Sem.EVENT_TYPE, Vocab.Ekg.eventType(type)).count());
    }

    @Test
    void anUndatedArticleIsDatedByTheEventsItShares(@TempDir Path dir) {
        Set<String> ev = link(dir,
                new Article("a", "2024-06-18").event("Visit", "putin", "nordkorea", "2024-06-18", null)
                        .event("Summit", "nato", "washington", "2024-07", "im Juli"),
                new Article("b", null).event("Visit", "putin", "nordkorea", null, null)
                        .event("Visit", "putin", "nordkorea", "2000", "im Jahr 2000")
                        .event("Summit", "nato", "washington", null, "im Juli")
                        .event("Summit", "nato", "washington", null, "im Jahr 2000"));
        assertEquals(Set.of("Visit 2024-06-18 [a, b]", "Visit 2000 [b]", "Summit 2024-07 [a, b]", "Summit 2000 [b]"), ev);
    }

    @Test
    void placesInsideEachOtherAreCompatible(@TempDir Path dir) {
        Article kbLike = new Article("k", "2024-06-19").event("Visit", "putin", "pjoengjang", "2024-06-19", null);
        kbLike.quads.add(Quad.create(IRIS.articleGraph("k"), IRIS.entity("pjoengjang"), Vocab.Schema.CONTAINED_IN_PLACE,
                IRIS.entity("nordkorea")));
        Set<String> ev = link(dir, kbLike,
                new Article("a", "2024-06").event("Visit", "putin", "nordkorea", "2024-06-18/2024-06-19", null),
                new Article("v", "2024-06").event("Visit", "putin", "vietnam", "2024-06-19/2024-06-20", null));
        assertEquals(Set.of("Visit 2024-06-18/2024-06-19 [a, k]", "Visit 2024-06-19/2024-06-20 [v]"), ev);
    }
}
