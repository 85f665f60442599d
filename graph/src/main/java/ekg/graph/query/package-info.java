/** Named SPARQL queries from queries/*.rq, their parameters and output formats: may import ekg.graph.rdf and Jena. */
package ekg.graph.query;
