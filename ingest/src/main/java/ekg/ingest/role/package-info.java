/** Role facts ("Außenministerin Baerbock", "der Kremlchef") from an article's entities: may import ekg.ingest.doc, kb, names and pipeline. */
package ekg.ingest.role;
