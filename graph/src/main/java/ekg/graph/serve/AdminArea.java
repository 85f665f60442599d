package ekg.graph.serve;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

import java.nio.file.Path;
import java.util.Set;

/**
 * The part of Fuseki's admin module that its web UI needs ({@code /$/server}, {@code /$/datasets},
 * {@code /$/stats}), with its work area in a folder we choose: Fuseki's own admin module puts it in
 * {@code FUSEKI_BASE} or else in {@code run/} under the working directory, and cannot be told
 * otherwise from code. Backups, compaction and tasks are left out: the datasets are rebuilt, not
 * administered. Every path here sits under {@code /$/}, which {@link Security} guards.
 */
final class AdminArea implements FusekiModule {
    private final Path base;

    AdminArea(Path base) {
        this.base = base.toAbsolutePath();
    }

    @Override
    public String name() {
        return "ekg admin area";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        FusekiServerCtl ctl = new FusekiServerCtl(base);
        ctl.setup();
        builder.addServletAttribute(Fuseki.attrFusekiServerCtl, ctl)
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/datasets/*", new ActionDatasets())
                .enableStats(true)
                .enablePing(true);
    }
}
