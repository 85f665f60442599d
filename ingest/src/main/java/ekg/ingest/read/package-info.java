/** Article readers (text, JSON, JSON Lines; files and folders) with cleaning, ids and metadata: may import ekg.ingest.doc, ekg.ingest.pipeline and Jackson. */
package ekg.ingest.read;
