/** The name finder as ekg runs it (model stage, chain, model loading, the feature generators the model names): may import ekg.ingest.doc, kb, names, pipeline and opennlp.*; never ekg.ingest.tools. */
package ekg.ingest.opennlp.ner;
