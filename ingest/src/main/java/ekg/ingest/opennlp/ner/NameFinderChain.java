package ekg.ingest.opennlp.ner;

import ekg.ingest.names.GazetteerStage;
import ekg.ingest.names.NameLists;
import ekg.ingest.names.NameRules;
import ekg.ingest.names.OtherNameRules;
import ekg.ingest.pipeline.Stage;

import java.util.List;

/**
 * ekg's name finding as it runs in production: the statistical model, then the gazetteer of known names
 * (knowledge base and derived lists), then the German name rules, then the rules for other names (titles
 * of works, web addresses). Each is a stage on the Doc.
 *
 * <pre>{@code
 * Pipeline.Builder b = Pipeline.builder().add(sentences).add(tokens);
 * NameFinderChain.defaults().forEach(b::add);
 * }</pre>
 */
public final class NameFinderChain {

    private NameFinderChain() {
    }

    /** The default model, built-in lists and knowledge base. */
    public static List<Stage> defaults() {
        return of(NameFinderStage.createDefault(), NameLists.builtIn());
    }

    /** The default model and lists, with the names of a knowledge base of one's own in the gazetteer. */
    public static List<Stage> defaults(NameLists lists) {
        return of(NameFinderStage.createDefault(), lists);
    }

    /** A chain over any model stage and lists. */
    public static List<Stage> of(NameFinderStage model, NameLists lists) {
        return List.of(model, new GazetteerStage(lists), new NameRules(lists), new OtherNameRules());
    }
}
