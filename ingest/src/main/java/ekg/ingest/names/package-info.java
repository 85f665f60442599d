/** Name stages after the model (gazetteer, German name rules, other-name rules) and their word lists: may import ekg.ingest.doc, kb and pipeline; never opennlp.*. */
package ekg.ingest.names;
