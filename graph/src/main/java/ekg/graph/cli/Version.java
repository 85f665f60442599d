package ekg.graph.cli;

import ekg.graph.rdf.Provenance;
import picocli.CommandLine;

/** Prints ekg's version as the jar manifest gives it. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{Provenance.ekgVersion()};
    }
}
