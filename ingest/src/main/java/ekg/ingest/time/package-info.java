/** German time expressions and their normalised dates: may import ekg.ingest.doc and pipeline. */
package ekg.ingest.time;
