package ekg.graph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The page at {@code /} when the web UI is off: where SPARQL is, and how to turn the UI on, instead of a bare 404. */
final class FrontPage extends HttpServlet {
    static final String TEXT = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>ekg</title></head><body>
            <h1>ekg SPARQL endpoint</h1>
            <p>Send SPARQL queries to <a href="/ekg/query">/ekg/query</a> (GET or POST; also <code>/ekg/sparql</code>),
            e.g. <code>curl --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5' http://HOST:PORT/ekg/query</code>.
            Graphs are read at <code>/ekg/get?graph=IRI</code>; <code>/$/ping</code> answers for monitoring.</p>
            <p>The web UI is off: start the server with <code>ekg serve --passwd FILE</code> (one <code>user: password</code>
            a line) to turn it on, behind a login.</p>
            </body></html>
            """;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/".equals(req.getRequestURI())) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(TEXT.getBytes(StandardCharsets.UTF_8));
    }
}
