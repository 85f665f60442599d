/** German morphology from LanguageTool's full-form lexicon, read with Morfologik; imports only morfologik and the JDK. */
package ekg.ingest.morph;
