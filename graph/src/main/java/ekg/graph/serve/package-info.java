/** The embedded Fuseki server over a store, read-only, secured, switchable without downtime: may import ekg.graph.rdf, ekg.graph.store, Jena and Jetty. */
package ekg.graph.serve;
