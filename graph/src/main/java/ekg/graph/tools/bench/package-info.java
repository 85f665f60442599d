/** Benchmarks and the generated corpus behind {@code ekg bench} and {@code ekg gen-corpus}: may import ekg.graph.*, ekg.ingest.*, Jena (the bare baselines) and Jackson; nothing in the runtime imports it. */
package ekg.graph.tools.bench;
