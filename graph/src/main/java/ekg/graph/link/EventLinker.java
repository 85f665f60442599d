package ekg.graph.link;

import ekg.graph.link.EventClusters.Cluster;
import ekg.graph.link.EventMentions.Mention;
import ekg.graph.rdf.EventsToRdf;
import ekg.graph.rdf.Iris;
import ekg.graph.rdf.Literals;
import ekg.graph.rdf.Vocab;
import ekg.ingest.time.Anchor;
import ekg.ingest.time.GermanTimes;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One {@code sem:Event} per real-world event across all articles (see {@link EventClusters} for when
 * reports are one event), with the actors, places and time of its reports, every mention, and every
 * article as a source. An article without a date of its own is dated by the events it shares with dated
 * articles, and its relative time phrases ("im Juli") are then resolved against that date; the graph
 * records the inference. Event keys hash type, actors, places and time, so rebuilds keep them.
 *
 * <pre>{@code
 * new LinkingGraph(iris, List.of(new EntityLinker(iris, kb), new EventLinker(iris))).rebuild(dsg);
 * }</pre>
 */
public final class EventLinker implements Linker {
    private final Iris iris;

    public EventLinker(Iris iris) {
        this.iris = iris;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void link(DatasetGraph articles, StreamRDF out) {
        link(EventMentions.read(articles, iris), out);
    }

    /**
     * Links from {@link EventFacts} lines instead of a store: those of every article and of the knowledge
     * base, in any order. Gives what {@link #link(DatasetGraph, StreamRDF)} gives for the same quads.
     */
    public void linkFacts(Iterator<String> facts, StreamRDF out) {
        link(EventFacts.read(facts, iris), out);
    }

    /**
     * The first half of linking the events of each type apart ({@link EventFacts#byType}): from one type's
     * facts, with every place's containment, a dating line (A) for each event of an undated article that
     * fits exactly one dated event. Reduced per article with {@link EventFacts#later}, they are the dates
     * that {@link #linkFacts} would infer from all types at once.
     */
    public List<String> datingCandidates(Iterator<String> facts) {
        EventMentions read = EventFacts.read(facts, iris);
        ArticleEvents units = new ArticleEvents(read.mentions);
        return candidates(read.unresolved, units, datedClusters(read, units)).stream().map(EventFacts::line).toList();
    }

    /**
     * The second half: links one type's events from its facts, with every place's containment and the
     * reduced dating line of each of its undated articles that has one. The inferred dates themselves are
     * written once per article, by {@link #writeDating}.
     */
    public void linkDated(Iterator<String> facts, StreamRDF out) {
        EventMentions read = EventFacts.read(facts, iris);
        ArticleEvents units = new ArticleEvents(read.mentions);
        link(read, units, datedClusters(read, units), anchors(read.datings), out);
    }

    /** The inferred date of a reduced dating line, and how it was inferred, as the article's statements. */
    public void writeDating(String datingLine, StreamRDF out) {
        EventMentions one = EventFacts.read(List.of(datingLine).iterator(), iris);
        anchors(one.datings).forEach((article, a) -> writeDating(article, a, out));
    }

    private void link(EventMentions read, StreamRDF out) {
        ArticleEvents units = new ArticleEvents(read.mentions);
        EventClusters clusters = datedClusters(read, units);
        Map<String, Dating> latest = new TreeMap<>();
        candidates(articlesWithUnresolvedPhrases(read), units, clusters).forEach(d -> latest.merge(d.article(), d, Dating::later));
        Map<String, Anchor> dated = anchors(latest);
        link(read, units, clusters, dated, out);
        dated.forEach((article, a) -> writeDating(article, a, out));
    }

    /** The clusters of the reports dated by their own words. */
    private static EventClusters datedClusters(EventMentions read, ArticleEvents units) {
        EventClusters clusters = new EventClusters(read);
        clusters.addDated(units.units().stream().filter(u -> u.time != null).toList());
        return clusters;
    }

    /** Links the rest once the undated articles have the dates {@code dated} infers for them. */
    private void link(EventMentions read, ArticleEvents units, EventClusters clusters, Map<String, Anchor> dated,
                      StreamRDF out) {
        dated.forEach((article, a) -> read.dated(article, a.value()));
        for (Mention m : read.mentions) {
            Anchor a = dated.get(m.article);
            if (m.time == null && m.phrase != null && a != null) m.time = GermanTimes.normalize(m.phrase, a);
        }
        List<Mention> redated = new ArrayList<>();
        for (Mention u : units.units()) {
            if (u.time != null || !dated.containsKey(u.article)) continue;
            units.retime(u);
            if (u.time != null) redated.add(u);
        }
        clusters.addDated(redated);
        clusters.addUndated(units.units().stream().filter(u -> u.time == null).toList());
        List<Cluster> events = units.mentions(clusters.clusters);
        write(events, read, out);
        events.stream().map(c -> c.mentions.get(0).type).distinct().sorted().forEach(type -> {
            out.triple(Triple.create(Vocab.Ekg.eventType(type), Vocab.TYPE, Vocab.Sem.EVENT_TYPE_CLASS));
            out.triple(Triple.create(Vocab.Ekg.eventType(type), Vocab.LABEL, Literals.string(type)));
        });
    }

    private void writeDating(String article, Anchor a, StreamRDF out) {
        out.triple(Triple.create(iris.article(article), Vocab.Ekg.INFERRED_DATE, Literals.date(a.value())));
        out.triple(Triple.create(iris.article(article), Vocab.Ekg.DATE_INFERENCE, Literals.string(a.how())));
    }

    /**
     * Articles with time phrases they could not resolve get the date of the latest event they share with
     * dated reports: news reports what is happening, so the latest event it shares is its present. Each
     * event of such an article that fits exactly one dated event is a candidate, in the order of the
     * article's events.
     */
    private static List<Dating> candidates(Set<String> unresolved, ArticleEvents units, EventClusters clusters) {
        List<Dating> out = new ArrayList<>();
        for (Mention m : units.units()) {
            if (m.time != null || !unresolved.contains(m.article)) continue;
            Cluster c = clusters.onlyFit(m);
            if (c == null) continue;
            String t = time(c);
            out.add(new Dating(m.article, begin(t), units.first(m).node.getURI(), c.mentions.get(0).type, t));
        }
        return out;
    }

    private static Map<String, Anchor> anchors(Map<String, Dating> datings) {
        Map<String, Anchor> anchors = new TreeMap<>();
        datings.forEach((article, d) -> anchors.put(article, d.anchor()));
        return anchors;
    }

    private static Set<String> articlesWithUnresolvedPhrases(EventMentions read) {
        Set<String> articles = new HashSet<>();
        for (Mention m : read.mentions) {
            if (m.needsArticleDate()) articles.add(m.article);
        }
        return articles;
    }

    private static String begin(String time) {
        return time.contains("/") ? time.substring(0, time.indexOf('/')) : time;
    }

    /**
     * The time most reports give; among equally many, the one covering most other reports ("18. und 19.
     * Juni" over "Mittwoch"), then the most precise. Null when no report is dated.
     */
    static String time(Cluster c) {
        Map<String, Long> counts = c.mentions.stream().filter(m -> m.time != null && TimeRange.parse(m.time) != null)
                .collect(Collectors.groupingBy(m -> m.time, TreeMap::new, Collectors.counting()));
        List<TimeRange> all = c.times();
        return counts.entrySet().stream().max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(e -> all.stream().filter(t -> t.within(TimeRange.parse(e.getKey()))).count())
                        .thenComparing(e -> -TimeRange.parse(e.getKey()).days())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** One node per group of clusters that {@link EventNodes} finds to be one event. */
    private void write(List<Cluster> clusters, EventMentions read, StreamRDF out) {
        EventNodes.of(clusters).forEach((key, g) -> write(iris.event(key), g.mentions, g.time, read, out));
    }

    private void write(Node e, List<Mention> mentions, String time, EventMentions read, StreamRDF out) {
        out.triple(Triple.create(e, Vocab.TYPE, Vocab.Sem.EVENT));
        out.triple(Triple.create(e, Vocab.Sem.EVENT_TYPE, Vocab.Ekg.eventType(mentions.get(0).type)));
        mentions.stream().map(m -> m.cameo).filter(x -> x != null).distinct().sorted()
                .forEach(x -> out.triple(Triple.create(e, Vocab.Ekg.CAMEO, Literals.string(x))));
        union(mentions, m -> m.actors).forEach(a -> out.triple(Triple.create(e, Vocab.Sem.HAS_ACTOR, iris.entity(a))));
        union(mentions, m -> m.places).forEach(p -> out.triple(Triple.create(e, Vocab.Sem.HAS_PLACE, iris.entity(p))));
        EventsToRdf.timeStamps(e, time).forEach(out::triple);
        mentions.forEach(m -> out.triple(Triple.create(e, Vocab.Ekg.MENTION, m.node)));
        mentions.stream().map(m -> m.article).distinct().sorted()
                .forEach(a -> out.triple(Triple.create(e, Vocab.Prov.WAS_DERIVED_FROM, iris.article(a))));
        // Counted here, once per rebuild, so that "facts only one outlet reports" and "facts outlets
        // disagree on" are lookups rather than a count over every event per query.
        long outlets = mentions.stream().map(m -> read.outlet(m.article)).distinct().count();
        out.triple(Triple.create(e, Vocab.Ekg.OUTLET_COUNT, Literals.integer(outlets)));
        if (mentions.stream().map(EventLinker::givenDate).filter(d -> d != null).distinct().count() > 1) {
            out.triple(Triple.create(e, Vocab.Ekg.DATES_DIFFER, Literals.bool(true)));
        }
    }

    /** The date a report gives in its own words (its stamp, else its begin), before any inference. */
    private static String givenDate(Mention m) {
        return m.stamp != null ? m.stamp : m.begin;
    }

    static TreeSet<String> union(List<Mention> mentions, Function<Mention, TreeSet<String>> part) {
        TreeSet<String> all = new TreeSet<>();
        mentions.forEach(m -> all.addAll(part.apply(m)));
        return all;
    }

    static String digest(String basis) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
