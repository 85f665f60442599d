package ekg.ingest.tools.ner;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Credits and licenses of the corpora ekg trains on, keyed by file-name prefix, so that every trained
 * model names its data: CC BY requires credit and a note that the data was changed.
 */
final class DataCredits {
    private static final String CHANGED = " Changed by ekg: converted to token/BIO, labels mapped to PER/ORG/LOC/OTH.";
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("ner-de-", "GermEval 2014 NER data (NoSta-D), CC BY 4.0,"
                + " https://sites.google.com/site/germeval2014ner/data; D. Benikova, C. Biemann, M. Reznicek: NoSta-D Named Entity Annotation for German: Guidelines and"
                + " Dataset, LREC 2014. Outer labels only, *deriv/*part folded to O.");
        KNOWN.put("europeana", "Europeana Newspapers NER corpora, https://github.com/EuropeanaNewspapers/ner-corpora/,"
                + " Europeana Newspapers Project, 2012-2015, CC0 1.0; C. Neudecker: An Open Corpus for Named Entity"
                + " Recognition in Historic Newspapers, LREC 2016." + CHANGED);
        KNOWN.put("enp_de", KNOWN.get("europeana"));
        KNOWN.put("smartdata", "DFKI SmartData Corpus v1, CC BY 4.0, https://github.com/DFKI-NLP/smartdata-corpus;"
                + " M. Schiersch, V. Mironova, M. Schmitt, P. Thomas, A. Gabryszak, L. Hennig: A German Corpus for"
                + " Fine-Grained Named Entity Recognition and Relation Extraction of Traffic and Industry Events,"
                + " LREC 2018." + CHANGED);
        KNOWN.put("hipe_sonar", "SoNAR NER gold standard (Berlin State Library, SoNAR (IDH) project) as released in"
                + " HIPE-2022 v2.1, CC BY 4.0, https://github.com/hipe-eval/HIPE-2022-data; M. Ehrmann, M. Romanello,"
                + " S. Najem-Meyer, A. Doucet, S. Clematide: Extended Overview of HIPE-2022, CLEF 2022." + CHANGED);
        KNOWN.put("uner_de_pud", "Universal NER v1, German PUD (UNER_German-PUD, commit 47eb039),"
                + " CC BY-SA 3.0, https://github.com/UniversalNER/UNER_German-PUD; S. Mayhew et al.: Universal NER:"
                + " A Gold-Standard Multilingual Named Entity Recognition Benchmark, NAACL 2024; its text is"
                + " UD_German-PUD (CoNLL 2017 shared task parallel treebanks), CC BY-SA 3.0." + CHANGED);
        KNOWN.put("hipe_newseye", "NewsEye NER data as released in HIPE-2022 v2.1, CC BY 4.0,"
                + " https://github.com/hipe-eval/HIPE-2022-data; A. Hamdi et al.: A Multilingual Dataset for Named"
                + " Entity Recognition, Entity Linking and Stance Detection in Historical Newspapers, SIGIR 2021."
                + CHANGED);
    }

    /** Credit for the name words (first names, last names, places) a model's features may use. */
    static final String NAME_WORDS = "First names, last names and places from datafaker 2.4.2 locale files,"
            + " Apache License 2.0, https://github.com/datafaker-net/datafaker (lists from Ruby faker, MIT,"
            + " https://github.com/faker-ruby/faker). Changed by ekg: Latin-script single words only, common German"
            + " words left out.";

    private DataCredits() {
    }

    /** The credit line for a corpus file, or a warning that none is known. */
    static String of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : KNOWN.entrySet()) {
            if (lower.startsWith(e.getKey())) return e.getValue();
        }
        return fileName + ": source and license unknown to ekg; check before shipping a model trained on it.";
    }
}
