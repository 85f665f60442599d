package ekg.spark;

import ekg.graph.link.EventFacts;
import ekg.graph.link.EventLinker;
import ekg.graph.rdf.Iris;
import ekg.graph.rdf.KbToRdf;
import ekg.ingest.kb.KnowledgeBase;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Links the events of each type in a group of its own, so that no task holds all event mentions of the
 * corpus: events of different types never join, and what ties the types together, the dates that
 * undated articles take from the events they share with dated reports, is settled in a first round
 * ({@link EventLinker#datingCandidates}, reduced per article with {@link EventFacts#later}) and handed to
 * the groups of the second ({@link EventLinker#linkDated}) by a join on the article. The result is what
 * {@link EventLinker} gives for all types at once. Which place lies in which (the knowledge base's, and
 * any an article states) goes to every group.
 */
final class EventLinking {
    private static volatile KbFacts kbFacts;

    /** A knowledge base's place containment as event facts. */
    private record KbFacts(KnowledgeBase kb, List<String> facts) {
    }

    private EventLinking() {
    }

    /**
     * The linking graph's event lines (N-Quads) from the facts of {@link LinkKeys}: under
     * {@link LinkKeys#EVENTS} and a type, and the containment lines under {@link LinkKeys#EVENT_PLACES}.
     */
    static JavaRDD<String> lines(JavaPairRDD<String, String> facts, JavaSparkContext jsc, JobSettings s, int parts) {
        // An article states no containment today; those it might are few (places, not articles), so they travel to every group.
        List<String> stated = facts.filter(f -> f._1().equals(LinkKeys.EVENT_PLACES)).values().distinct().collect();
        Broadcast<List<String>> places = jsc.broadcast(stated);
        JavaPairRDD<String, String> typed = facts.filter(f -> f._1().startsWith(LinkKeys.EVENTS));
        JavaPairRDD<String, String> datings = typed.groupByKey(parts)
                .flatMapToPair(g -> {
                    Models.use(s);
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    for (String d : new EventLinker(Iris.DEFAULT).datingCandidates(withPlaces(g._2(), places.value()))) {
                        out.add(new Tuple2<>(EventFacts.articleOf(d), d));
                    }
                    return out.iterator();
                })
                .reduceByKey(EventFacts::later, parts)
                // read twice (the join and the dates' own statements): kept, so the first round runs once
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> datingsByType = typed.mapToPair(f -> new Tuple2<>(EventFacts.articleOf(f._2()), f._1()))
                .distinct(parts)
                .join(datings, parts)
                .mapToPair(j -> j._2());
        JavaRDD<String> events = typed.union(datingsByType).groupByKey(parts)
                .flatMap(g -> {
                    Models.use(s);
                    LinkOutput out = new LinkOutput(Iris.DEFAULT);
                    new EventLinker(Iris.DEFAULT).linkDated(withPlaces(g._2(), places.value()), out);
                    return out.lines();
                });
        JavaRDD<String> inferredDates = datings.values().mapPartitions(it -> {
            LinkOutput out = new LinkOutput(Iris.DEFAULT);
            EventLinker linker = new EventLinker(Iris.DEFAULT);
            it.forEachRemaining(d -> linker.writeDating(d, out));
            return out.lines();
        });
        return events.union(inferredDates);
    }

    /** A group's facts, then the containment stated in articles and the knowledge base's. */
    private static Iterator<String> withPlaces(Iterable<String> group, List<String> stated) {
        return Stream.concat(StreamSupport.stream(group.spliterator(), false),
                Stream.concat(stated.stream(), kbFacts(Iris.DEFAULT).stream())).iterator();
    }

    /** The knowledge base's place containment as event facts, made once per executor and knowledge base. */
    private static List<String> kbFacts(Iris iris) {
        KnowledgeBase kb = Models.kb();
        KbFacts cached = kbFacts;
        if (cached != null && cached.kb() == kb) return cached.facts();
        List<Quad> quads = new ArrayList<>();
        new KbToRdf(iris).write(kb, new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                quads.add(Quad.create(iris.kbGraph(), t));
            }

            @Override
            public void quad(Quad q) {
                quads.add(Quad.create(iris.kbGraph(), q.asTriple()));
            }
        });
        List<String> facts = List.copyOf(EventFacts.of(quads, iris));
        kbFacts = new KbFacts(kb, facts);
        return facts;
    }
}
