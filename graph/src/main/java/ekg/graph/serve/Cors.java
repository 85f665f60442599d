package ekg.graph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The CORS settings handed to Fuseki's filter. Fuseki's own default reflects any Origin together with
 * {@code Allow-Credentials: true}, so any web page could read the endpoint with a visitor's login: here
 * credentials are allowed only for the origins the operator names, never for every origin. The result
 * cap header is exposed, so that a browser client can see that its rows were cut.
 */
final class Cors {
    private Cors() {
    }

    /** A properties file for {@code FusekiServer.Builder.enableCors(true, file)}; no origins: any origin, no credentials. */
    static String configFile(List<String> origins) {
        Properties p = new Properties();
        p.setProperty("allowedOrigins", origins.isEmpty() ? "*" : String.join(",", origins));
        p.setProperty("allowCredentials", Boolean.toString(!origins.isEmpty()));
        p.setProperty("allowedMethods", "GET,POST,HEAD,OPTIONS");
        p.setProperty("allowedHeaders", "X-Requested-With, Content-Type, Accept, Origin, Last-Modified, Authorization");
        p.setProperty("exposedHeaders", "Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, "
                + "Pragma, " + CappedQuery.HEADER);
        p.setProperty("chainPreflight", "false");
        try {
            Path file = Files.createTempFile("ekg-cors", ".properties");
            file.toFile().deleteOnExit();
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "ekg serve: CORS");
            }
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CORS settings", e);
        }
    }
}
