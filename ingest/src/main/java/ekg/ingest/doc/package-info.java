/** The Doc carrier, its typed layers with char-offset spans, and the one index stages read it through: imports only the JDK. */
package ekg.ingest.doc;
