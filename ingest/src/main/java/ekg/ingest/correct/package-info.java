/** Keeps claims an article's correction note retracts out of its quotes and events: may import ekg.ingest.doc and pipeline. */
package ekg.ingest.correct;
