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
        Language[] ranked = DETECTOR.get().predictLanguages(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
        Language best = ranked[0];
        if (GERMAN.contains(best.getLang())) return Optional.of("de");
        double german = 0;
        for (Language l : ranked) if (GERMAN.contains(l.getLang())) german = Math.max(german, l.getConfidence());
        if (best.getConfidence() < SURE || german * 2 > best.getConfidence()) return Optional.empty();
        return Optional.of(ISO1.getOrDefault(best.getLang(), best.getLang()));
    }
}
