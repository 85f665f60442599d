package ekg.ingest.opennlp;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which language an article is in, by OpenNLP's language detector (opennlp-models-langdetect, 103
 * languages, character n-grams). Short texts give it little to go on, so it names a language only when
 * it is sure; then German (and Swiss German) is "de", any other its ISO 639-1 code where one exists.
 *
 * <pre>{@code
 * Languages.detect(text).filter(l -> !l.equals("de")).ifPresent(l -> skip(article, l));
 * }</pre>
 */
public final class Languages {
    static final String MODEL = "/langdetect-183.bin";
    /** Enough text to decide; the detector's time grows with the text. */
    private static final int SAMPLE = 5000;
    private static final double SURE = 0.1;
    private static final Set<String> GERMAN = Set.of("deu", "gsw");
    /**
     * German function words that no other language the detector tells apart uses as often ("die", "in",
     * "war" are English words too, so they are left out).
     */
    private static final Set<String> GERMAN_WORDS = Set.of("der", "und", "ist", "nicht", "das", "den", "dem",
            "mit", "von", "sich", "auf", "für", "eine", "ein", "wird", "auch", "zu", "des", "im", "werden");
    /** The detector costs as much as a sixth of extraction: prose this dense in German words skips it. */
    private static final double SURELY_GERMAN = 0.12;
    private static final int WORDS_SAMPLE = 1500;
    private static final Map<String, String> ISO1 = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) ISO1.put(Locale.forLanguageTag(two).getISO3Language(), two);
    }

    private Languages() {
    }

    private static final class Detector {
        static final LanguageDetectorModel MODEL = OpenNlpModels.load(Languages.MODEL, LanguageDetectorModel::new);
    }

    // LanguageDetectorME keeps no state between calls, but is not documented as thread-safe: one per thread.
    private static final ThreadLocal<LanguageDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(Detector.MODEL));

    /** The language of {@code text} when the detector is sure of it, else empty (and the text is taken as German). */
    public static Optional<String> detect(String text) {
        if (denseInGermanWords(text)) return Optional.of("de");
        Language[] ranked = DETECTOR.get().predictLanguages(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
        Language best = ranked[0];
        if (GERMAN.contains(best.getLang())) return Optional.of("de");
        double german = 0;
        for (Language l : ranked) if (GERMAN.contains(l.getLang())) german = Math.max(german, l.getConfidence());
        if (best.getConfidence() < SURE || german * 2 > best.getConfidence()) return Optional.empty();
        return Optional.of(ISO1.getOrDefault(best.getLang(), best.getLang()));
    }

    /** Whether at least 12 % of the first words (30 or more) are German function words. */
    static boolean denseInGermanWords(String text) {
        String sample = text.length() > WORDS_SAMPLE ? text.substring(0, WORDS_SAMPLE) : text;
        int words = 0, german = 0;
        for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) continue;
            words++;
            if (GERMAN_WORDS.contains(w)) german++;
        }
        return words >= 30 && german >= SURELY_GERMAN * words;
    }
}
