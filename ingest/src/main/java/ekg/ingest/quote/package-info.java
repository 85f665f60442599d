/** Quotes (direct, partial, indirect) with cue, speaker and mode: may import ekg.ingest.doc and pipeline. */
package ekg.ingest.quote;
