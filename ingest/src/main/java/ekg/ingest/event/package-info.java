/** Events from a trigger lexicon, with actors, places, times and modality: may import ekg.ingest.doc, kb, time and pipeline. */
package ekg.ingest.event;
