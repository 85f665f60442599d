/** The one ekg command line (picocli): the runtime verbs and the tool verbs (train-ner, eval-ner, bench-ner, ner-lists, eval, bench, gen-corpus); may import every ekg package, Jena and picocli; nothing imports it. */
package ekg.graph.cli;
