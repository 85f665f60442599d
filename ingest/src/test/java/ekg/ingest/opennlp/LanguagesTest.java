package ekg.ingest.opennlp;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** OpenNLP's real language detector model. */
class LanguagesTest {

    @Test
    void germanEnglishAndFrenchNewsAreToldApart() {
        assertEquals(Optional.of("de"), Languages.detect("Die Bundesregierung will den Ausbau der Windkraft beschleunigen. "
                + "Das kündigte die Ministerin am Dienstag in Berlin an, nachdem die Länder mehr Flächen gefordert hatten."));
        assertEquals(Optional.of("en"), Languages.detect("The government wants to speed up the expansion of wind power. "
                + "The minister announced this on Tuesday in Berlin, after the states had asked for more land."));
        assertEquals(Optional.of("fr"), Languages.detect("Le gouvernement veut accélérer le développement de l'énergie éolienne. "
                + "La ministre l'a annoncé mardi à Berlin, après que les régions ont demandé davantage de terrains."));
    }

    @Test
    void germanProseSkipsTheDetectorButOtherLanguagesDoNot() {
        String german = "Die Bundesregierung will den Ausbau der Windkraft beschleunigen. Das kündigte die Ministerin am "
                + "Dienstag in Berlin an, nachdem die Länder mehr Flächen für neue Anlagen gefordert hatten. Der Verband "
                + "der Betreiber begrüßte den Plan und sprach von einem wichtigen Schritt für die Energiewende im Land.";
        String english = "The government wants to speed up the expansion of wind power in the country. The minister said "
                + "this on Tuesday in Berlin, after the states had asked for more land for new turbines. The association "
                + "of operators welcomed the plan and spoke of an important step for the energy transition in the land.";
        assertEquals(true, Languages.denseInGermanWords(german));
        assertEquals(false, Languages.denseInGermanWords(english));
        assertEquals(false, Languages.denseInGermanWords("Der Plan ist gut und das auch."));
        assertEquals(Optional.of("en"), Languages.detect(english));
    }

    @Test
    void tooLittleTextToBeSureNamesNoLanguage() {
        assertEquals(Optional.empty(), Languages.detect("Ein Satz."));
    }
}
