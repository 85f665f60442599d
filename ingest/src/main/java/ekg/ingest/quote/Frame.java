package ekg.ingest.quote;

/** A colon frame before a quote ("Die Ärztin am Ufer: „…“"): the speaker it names, null when it names none the text settles. */
record Frame(Speaker speaker) {}
