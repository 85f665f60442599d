/** Name-finder tooling (training, scoring, benchmarks, making the name lists; lab notes in de-ner-ekg.md): may import ekg.ingest.* and opennlp.*; nothing in the runtime imports it. */
package ekg.ingest.tools.ner;
