/** ekg's German extraction pipeline put together (GermanPipeline): may import every ekg.ingest package except ekg.ingest.tools and ekg.ingest.eval. */
package ekg.ingest;
