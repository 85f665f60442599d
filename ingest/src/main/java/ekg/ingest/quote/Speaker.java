package ekg.ingest.quote;

import ekg.ingest.doc.Span;

/** Who said something: the span of a mention of the speaker, and the key of its entity (null if unresolved). */
record Speaker(Span span, String key) {}
