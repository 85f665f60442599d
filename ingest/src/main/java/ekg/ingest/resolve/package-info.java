/** Groups an article's mentions into entities and links them to the knowledge base: may import ekg.ingest.doc, kb and pipeline. */
package ekg.ingest.resolve;
