package ekg.graph.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real server's CORS answers to real cross-origin requests. */
class CorsTest {
    @TempDir
    static Path tmp;

    private static HttpResponse<String> ask(EkgServer server, String origin) {
        return Http.get("http://localhost:" + server.port() + "/ekg/query?" + Http.query(EndpointTest.COUNT), "Origin", origin);
    }

    @Test
    void anyPageMayQueryButNoneWithCredentialsUnlessItsOriginIsNamed() {
        Path db = tmp.resolve("db");
        TestData.articles(db, 2, 3);
        try (EkgServer open = EkgServer.builder(db).port(0).loopback(true).start()) {
            HttpResponse<String> r = ask(open, "https://any.example");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers()::toString);
            assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").orElse("false").equals("true"), r.headers()::toString);
            assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("EKG-Result-Cap"), r.headers()::toString);
        }
        try (EkgServer named = EkgServer.builder(db).port(0).loopback(true).corsOrigins(List.of("https://ok.example")).start()) {
            HttpResponse<String> ok = ask(named, "https://ok.example");
            assertEquals("https://ok.example", ok.headers().firstValue("Access-Control-Allow-Origin").orElse(""), ok.headers()::toString);
            assertEquals("true", ok.headers().firstValue("Access-Control-Allow-Credentials").orElse(""), ok.headers()::toString);
            HttpResponse<String> other = ask(named, "https://evil.example");
            assertFalse(other.headers().firstValue("Access-Control-Allow-Credentials").isPresent(), other.headers()::toString);
            assertFalse(other.headers().firstValue("Access-Control-Allow-Origin").isPresent(), other.headers()::toString);
        }
        assertThrows(IllegalArgumentException.class, () -> EkgServer.builder(db).corsOrigins(List.of("*")));
    }
}
