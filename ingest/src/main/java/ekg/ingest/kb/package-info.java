/** The built-in knowledge base of people, organizations, places and their roles, and user knowledge-base files: may import ekg.ingest.doc and Jackson. */
package ekg.ingest.kb;
