package ekg.graph.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Prints ekg's version, as the build wrote it into {@code ekg/version.properties}, and the Java it runs on. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"ekg " + number(), "Java " + System.getProperty("java.version")};
    }

    static String number() {
        try (InputStream in = Version.class.getResourceAsStream("/ekg/version.properties")) {
            if (in == null) throw new IllegalStateException("ekg/version.properties is missing from the jar");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ekg's version", e);
        }
    }
}
