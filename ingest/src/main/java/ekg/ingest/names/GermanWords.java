package ekg.ingest.names;

import java.util.Set;
import java.util.regex.Pattern;

/** German words the name rules read around a name: what stands before, after or inside it. */
final class GermanWords {
    private GermanWords() {
    }

    // Generic nouns that name what a name is, which German news puts before it: "die Firma Grünenthal",
    // "in der Residenzstadt Mannheim". They are not part of the name.
    static final Set<String> DESCRIPTORS = Set.of("Firma", "Konzern", "Unternehmen", "Stadt", "Hauptstadt",
            "Landeshauptstadt", "Residenzstadt", "Kreisstadt", "Hansestadt", "Großstadt", "Kleinstadt", "Millionenstadt",
            "Universitätsstadt", "Metropole", "Gemeinde", "Dorf", "Hafen", "Insel", "Region", "Provinz", "Kanton",
            "Bezirk", "Landkreis", "Stadtteil", "Ortsteil", "Band", "Sender", "Zeitung", "Partei", "Verein");

    // Verbs of saying in the third person singular, as they follow a quotation: „...“, sagte Rüttgers.
    static final Set<String> SPEECH_VERBS = Set.of("sagte", "sagt", "so", "erklärte", "erklärt", "betonte",
            "betont", "meinte", "meint", "ergänzte", "ergänzt", "fügte", "kritisierte", "kritisiert", "warnte", "warnt",
            "forderte", "fordert", "erläuterte", "erläutert", "bekräftigte", "bekräftigt", "versicherte", "versichert",
            "unterstrich", "unterstreicht", "bestätigte", "bestätigt", "mahnte", "mahnt", "erzählte", "erzählt",
            "fragte", "fragt", "antwortete", "antwortet", "kommentierte", "kommentiert", "klagte", "klagt", "räumte",
            "glaubt", "glaubte", "findet", "fand");

    // What ends a quotation before its verb of saying: „Nein“, sagte X; "Nein" sagte X.
    static final Set<String> AFTER_QUOTE = Set.of(",", "\"", "“", "”", "«", "»");

    // What ends a company's name, not a person's: "Eugen Müller GmbH".
    static final Set<String> LEGAL_FORMS = Set.of("AG", "GmbH", "mbH", "SE", "KG", "KGaA", "OHG", "eG", "e.V.",
            "Inc.", "Inc", "Ltd.", "Ltd", "Corp.", "Co.", "LLC", "plc", "S.A.", "N.V.", "B.V.", "Stiftung", "Verlag");

    // Words before which a capitalised word is a noun, not a name: "der Koch", "zum Hof", "seine Romane".
    static final Set<String> DETERMINERS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "eines", "im", "am", "vom", "zum", "zur", "beim", "ins", "ans", "kein", "keine",
            "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "alle", "viele", "mehr");

    // An inflected word (an adjective, a possessive) before a capitalised word makes it a noun: "neue Romane".
    static final Pattern INFLECTED = Pattern.compile("\\p{Ll}.*(en|er|es|em|ine|ere|ue|lle|ige|che)");

    // Signs after which a name may stand as it may after a word: ", Sullivan", "( Hitler".
    static final Set<String> OPENERS = Set.of(",", "(", "„", "\"", "“", "‚");

    // Prepositions of place that take a town without an article: "in Gerlingen", "nach Maribor".
    static final Set<String> LOCATIVE = Set.of("in", "nach", "aus", "bei", "von", "bis", "ab");
}
