/** The OpenNLP adapter for sentences, tokens and POS tags (token indices turned into char offsets here): may import ekg.ingest.doc, ekg.ingest.pipeline and opennlp.*. */
package ekg.ingest.opennlp;
