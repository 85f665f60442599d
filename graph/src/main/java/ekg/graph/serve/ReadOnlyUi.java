package ekg.graph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuseki's web UI page when updates are off: the same page with a style that hides the UI's tabs and
 * buttons for adding and editing data, which the server would refuse anyway. The selectors are the
 * UI's own link targets and class ({@code /dataset/NAME/upload}, {@code /dataset/NAME/edit},
 * {@code dataset-add-data}); a test checks that the bundled UI still uses them.
 */
final class ReadOnlyUi extends HttpServlet {
    static final String PAGE = "webapp/index.html";
    static final String STYLE = "<style>/* ekg serve: updates are off */ a.nav-link[href$=\"/upload\"],"
            + " a.nav-link[href$=\"/edit\"], .dataset-add-data { display: none !important; }</style>";
    private final byte[] page;

    ReadOnlyUi() {
        try (InputStream in = ReadOnlyUi.class.getClassLoader().getResourceAsStream(PAGE)) {
            if (in == null) throw new IllegalStateException("Fuseki's UI page " + PAGE + " is not on the class path");
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!html.contains("</head>")) throw new IllegalStateException("Fuseki's UI page " + PAGE + " has no </head>");
            page = html.replace("</head>", STYLE + "\n</head>").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Fuseki's UI page " + PAGE, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write(page);
    }
}
