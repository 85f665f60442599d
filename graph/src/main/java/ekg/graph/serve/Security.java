package ekg.graph.serve;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.util.resource.ResourceFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * HTTP Basic authentication from a password file in Fuseki's format (Jetty's: one {@code user: password}
 * a line), demanded on every admin path ({@code /$/*}) but {@code /$/ping}, which monitoring must reach
 * without credentials. Fuseki adds the update endpoint's own constraint to the same handler.
 */
final class Security {
    static final String REALM = "ekg";

    private Security() {
    }

    static ConstraintSecurityHandler handler(Path passwordFile) {
        if (!Files.isReadable(passwordFile)) throw new IllegalArgumentException("cannot read the password file " + passwordFile);
        if (!hasUser(passwordFile)) {
            throw new IllegalArgumentException("the password file " + passwordFile + " has no 'user: password' line");
        }
        ConstraintSecurityHandler csh = JettySecurityLib.makeSecurityHandler(REALM, users(passwordFile), AuthScheme.BASIC);
        JettySecurityLib.addPathConstraint(csh, "/$/*");
        ConstraintMapping ping = new ConstraintMapping();
        ping.setPathSpec("/$/ping");
        ping.setConstraint(Constraint.ALLOWED);
        csh.addConstraintMapping(ping);
        return csh;
    }

    /** Whether the file has a line Jetty reads as a user: {@code name: password[, role ...]}, not a comment. */
    private static boolean hasUser(Path passwordFile) {
        try (java.util.stream.Stream<String> lines = Files.lines(passwordFile)) {
            return lines.map(String::strip).anyMatch(l -> !l.startsWith("#") && l.matches("[^:\\s][^:]*:\\s*\\S.*"));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
        }
    }

    /** Read once at start: Fuseki's own loader also rescans the file every few seconds, on a thread no one stops. */
    private static PropertyUserStore users(Path passwordFile) {
        PropertyUserStore users = new PropertyUserStore();
        users.setConfig(ResourceFactory.root().newResource(passwordFile.toAbsolutePath()));
        try {
            users.start();
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
        }
        return users;
    }
}
