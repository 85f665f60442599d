package ekg.graph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.apache.jena.sparql.core.Quad;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes the Graph Store Protocol's default graph ({@code GET /ekg/get?default}) the union of the article
 * graphs, as it is for queries: TDB2 applies its union default graph to queries only, so a read of
 * {@code ?default} is turned into a read of ARQ's union graph ({@code urn:x-arq:UnionGraph}).
 */
final class UnionDefault implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(readsDefault(request) ? new Union((HttpServletRequest) request) : request, response);
    }

    /** A GET or HEAD of the default graph. */
    private static boolean readsDefault(ServletRequest request) {
        return request instanceof HttpServletRequest http && ("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))
                && http.getParameter("default") != null && http.getParameter("graph") == null;
    }

    /** The request with {@code graph=urn:x-arq:UnionGraph} in place of {@code default}. */
    private static final class Union extends HttpServletRequestWrapper {
        private final Map<String, String[]> params = new HashMap<>();

        Union(HttpServletRequest request) {
            super(request);
            params.putAll(request.getParameterMap());
            params.remove("default");
            params.put("graph", new String[]{Quad.unionGraph.getURI()});
        }

        @Override
        public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(params);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(params.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return params.get(name);
        }

        @Override
        public String getQueryString() {
            return "graph=" + Quad.unionGraph.getURI();
        }
    }
}
