package ekg.ingest.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GermanLexiconTest {
    private final GermanLexicon lex = GermanLexicon.get();

    @Test
    void tellsKonjunktivOneFromIndicative() {
        assertTrue(lex.any("sei", WordForm::isSubjunctiveOne));
        assertTrue(lex.any("habe", WordForm::isSubjunctiveOne));
        assertFalse(lex.any("ist", WordForm::isSubjunctiveOne));
        assertTrue(lex.any("ist", WordForm::isIndicative));
        assertTrue(lex.any("plane", f -> f.isSubjunctiveOne() && f.person() == 3));
        assertFalse(lex.any("plant", f -> f.isSubjunctiveOne() && f.person() == 3));
    }

    @Test
    void knowsKonjunktivTwoAndItsAmbiguityWithThePast() {
        assertTrue(lex.all("käme", WordForm::isSubjunctiveTwo));
        assertTrue(lex.any("sagte", WordForm::isSubjunctiveTwo));
        assertTrue(lex.any("sagte", WordForm::isIndicative));
    }

    @Test
    void tagPartsMatchWhole() {
        WordForm sei = new WordForm("sein", "VER:AUX:3:SIN:KJ1");
        assertTrue(sei.has("SIN") && sei.has("VER") && sei.has("KJ1"));
        assertFalse(sei.has("SI") || sei.has("KJ") || sei.has("UX"));
        assertEquals(3, sei.person());
        assertEquals(0, new WordForm("Haus", "SUB:NOM:SIN:NEU").person());
        assertTrue(lex.lookup("sei") == lex.lookup("sei"), "a repeated word is looked up once");
    }

    @Test
    void commonNounsAndProperNames() {
        assertTrue(lex.all("Regierung", WordForm::isCommonNoun));
        assertTrue(lex.any("Berlin", WordForm::isProperName));
        assertFalse(lex.any("Regierung", WordForm::isProperName));
    }

    @Test
    void lemmasOfInflectedForms() {
        assertEquals(List.of("festnehmen"), lex.lemmas("festgenommen", WordForm::isVerb));
        assertTrue(lex.lemmas("Festnahmen", WordForm::isCommonNoun).contains("Festnahme"));
        assertEquals(List.of(), lex.lookup("Xqzv"));
    }

    @Test
    void lookupsFromManyThreadsAgree() throws Exception {
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    if (!lex.any("wäre", WordForm::isSubjunctiveTwo) || lex.any("Haus", WordForm::isVerb)) wrong.incrementAndGet();
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) th.join();
        assertEquals(0, wrong.get());
    }
}
