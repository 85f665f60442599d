package ekg.graph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * Every RDF term ekg writes: the project's own namespace and the standard vocabularies it reuses
 * (schema.org, NIF, ITS RDF, PROV-O, SKOS, OWL, SEM). No other class spells out a vocabulary IRI.
 */
public final class Vocab {
    public static final String EKG = "https://ekg.dev/ns#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    /** jena-text's property functions: {@code ?s text:query 'words'} searches the full-text index. */
    public static final String TEXT = "http://jena.apache.org/text#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    /** The Simple Event Model, for events: type, actors, place, time. */
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    private Vocab() {
    }

    /** The prefixes used in output and accepted in queries. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("ekg", EKG).setNsPrefix("schema", SCHEMA).setNsPrefix("nif", NIF)
                .setNsPrefix("itsrdf", ITSRDF).setNsPrefix("prov", PROV).setNsPrefix("skos", SKOS)
                .setNsPrefix("rdf", RDF).setNsPrefix("rdfs", RDFS).setNsPrefix("owl", OWL).setNsPrefix("xsd", XSD).setNsPrefix("text", TEXT).setNsPrefix("org", ORG)
                .setNsPrefix("sem", SEM)
                .lock();
    }

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    public static final Node TYPE = uri(RDF, "type");
    public static final Node LABEL = uri(RDFS, "label");
    public static final Node ALT_LABEL = uri(SKOS, "altLabel");
    public static final Node PREF_LABEL = uri(SKOS, "prefLabel");
    public static final Node SAME_AS = uri(OWL, "sameAs");
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** schema.org terms. */
    public static final class Schema {
        private Schema() {
        }

        public static final Node NEWS_ARTICLE = uri(SCHEMA, "NewsArticle");
        public static final Node PERSON = uri(SCHEMA, "Person");
        public static final Node ORGANIZATION = uri(SCHEMA, "Organization");
        public static final Node PLACE = uri(SCHEMA, "Place");
        public static final Node QUOTATION = uri(SCHEMA, "Quotation");
        public static final Node HEADLINE = uri(SCHEMA, "headline");
        public static final Node DATE_PUBLISHED = uri(SCHEMA, "datePublished");
        public static final Node PUBLISHER = uri(SCHEMA, "publisher");
        public static final Node URL = uri(SCHEMA, "url");
        public static final Node IN_LANGUAGE = uri(SCHEMA, "inLanguage");
        public static final Node IDENTIFIER = uri(SCHEMA, "identifier");
        public static final Node TEXT = uri(SCHEMA, "text");
        public static final Node SPOKEN_BY = uri(SCHEMA, "spokenByCharacter");
        public static final Node IS_PART_OF = uri(SCHEMA, "isPartOf");
        public static final Node MENTIONS = uri(SCHEMA, "mentions");
        public static final Node CONTAINED_IN_PLACE = uri(SCHEMA, "containedInPlace");
    }

    /** NIF 2.0 core terms for text spans. */
    public static final class Nif {
        private Nif() {
        }

        public static final Node CONTEXT = uri(NIF, "Context");
        public static final Node PHRASE = uri(NIF, "Phrase");
        public static final Node IS_STRING = uri(NIF, "isString");
        public static final Node BEGIN = uri(NIF, "beginIndex");
        public static final Node END = uri(NIF, "endIndex");
        public static final Node ANCHOR_OF = uri(NIF, "anchorOf");
        public static final Node REFERENCE_CONTEXT = uri(NIF, "referenceContext");
    }

    /** ITS 2.0 RDF terms linking a span to what it denotes. */
    public static final class Its {
        private Its() {
        }

        public static final Node IDENT_REF = uri(ITSRDF, "taIdentRef");
        public static final Node CLASS_REF = uri(ITSRDF, "taClassRef");
    }

    /** W3C Organization Ontology terms, for roles. */
    public static final class Org {
        private Org() {
        }

        public static final Node MEMBERSHIP = uri(ORG, "Membership");
        public static final Node MEMBER = uri(ORG, "member");
        public static final Node ORGANIZATION = uri(ORG, "organization");
        public static final Node ROLE = uri(ORG, "role");
        public static final Node MEMBER_FROM = uri(EKG, "memberFrom");
        public static final Node MEMBER_TO = uri(EKG, "memberTo");
    }

    /** Simple Event Model terms. */
    public static final class Sem {
        private Sem() {
        }

        public static final Node EVENT = uri(SEM, "Event");
        public static final Node EVENT_TYPE = uri(SEM, "eventType");
        /** The class of event types: each type an event has is declared one, with its name as rdfs:label. */
        public static final Node EVENT_TYPE_CLASS = uri(SEM, "EventType");
        public static final Node HAS_ACTOR = uri(SEM, "hasActor");
        public static final Node HAS_PLACE = uri(SEM, "hasPlace");
        public static final Node HAS_TIME_STAMP = uri(SEM, "hasTimeStamp");
        public static final Node HAS_BEGIN = uri(SEM, "hasBeginTimeStamp");
        public static final Node HAS_END = uri(SEM, "hasEndTimeStamp");
    }

    /** PROV-O terms. */
    public static final class Prov {
        private Prov() {
        }

        public static final Node ACTIVITY = uri(PROV, "Activity");
        public static final Node WAS_DERIVED_FROM = uri(PROV, "wasDerivedFrom");
        public static final Node WAS_GENERATED_BY = uri(PROV, "wasGeneratedBy");
        public static final Node GENERATED_AT = uri(PROV, "generatedAtTime");
    }

    /** ekg's own terms, where no standard vocabulary has one. */
    public static final class Ekg {
        private Ekg() {
        }

        public static final Node SAID = uri(EKG, "said");
        public static final Node MODE = uri(EKG, "mode");
        public static final Node CUE = uri(EKG, "cue");
        public static final Node DIRECT = uri(EKG, "Direct");
        public static final Node PARTIAL = uri(EKG, "Partial");
        public static final Node INDIRECT = uri(EKG, "Indirect");
        public static final Node REPORTED = uri(EKG, "Reported");
        public static final Node CONTENT_HASH = uri(EKG, "contentHash");
        public static final Node SOURCE_FILE = uri(EKG, "sourceFile");
        public static final Node TOOL_VERSION = uri(EKG, "toolVersion");
        public static final Node MODELS = uri(EKG, "models");
        public static final Node FOUND_BY = uri(EKG, "foundBy");
        public static final Node OTHER = uri(EKG, "Other");
        public static final Node UTTERANCE = uri(EKG, "Utterance");
        public static final Node REPORTS = uri(EKG, "reports");
        public static final Node VERBATIM = uri(EKG, "verbatim");
        public static final Node MERGE_REASON = uri(EKG, "mergeReason");
        public static final Node KIND = uri(EKG, "kind");
        public static final Node CAPITAL = uri(EKG, "capital");
        public static final Node KB_SOURCE = uri(EKG, "kbSource");
        /** An event as one article reports it; the linking graph's sem:Event names each with {@link #MENTION}. */
        public static final Node EVENT_MENTION = uri(EKG, "EventMention");
        public static final Node MENTION = uri(EKG, "mention");
        public static final Node TRIGGER = uri(EKG, "trigger");
        public static final Node CAMEO = uri(EKG, "cameo");
        public static final Node CLAIMED_BY = uri(EKG, "claimedBy");
        public static final Node TIME_PHRASE = uri(EKG, "timePhrase");
        /** On an event mention the article reports as scheduled or planned, not as happened (written only then). */
        public static final Node PLANNED = uri(EKG, "planned");
        /** From an event mention to the article's first mention of the same event. */
        public static final Node SAME_EVENT_AS = uri(EKG, "sameEventAs");
        public static final Node TIME_EXPRESSION = uri(EKG, "TimeExpression");
        public static final Node TIME_VALUE = uri(EKG, "timeValue");
        public static final Node TIME_ANCHOR = uri(EKG, "timeAnchor");
        public static final Node INFERRED_DATE = uri(EKG, "inferredDate");
        public static final Node DATE_INFERENCE = uri(EKG, "dateInference");
        /** On an event whose reports give different dates (written only then): a fact outlets disagree on. */
        public static final Node DATES_DIFFER = uri(EKG, "datesDiffer");
        /** How many outlets (publisher, else url) report an event. */
        public static final Node OUTLET_COUNT = uri(EKG, "outletCount");

        /** The page of a listing an item is on ({@link Iris#page}): a listing's page is a lookup, not a sort. */
        public static final Node ON_PAGE = uri(EKG, "onPage");

        /** An event type of the taxonomy ("Visit", "Summit"), as an ekg term. */
        public static Node eventType(String localName) {
            return uri(EKG, localName);
        }
    }
}
