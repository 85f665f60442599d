/** The Doc carrier and its typed layers, with char-offset spans: imports only the JDK. */
package ekg.ingest.doc;
