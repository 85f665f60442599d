package ekg.ingest.read;

/**
 * The raw fields of one article as an input gives them, before an id is chosen. {@code fallbackId} is
 * the name to use when neither {@code id} nor {@code url} is given (file name, plus line for
 * {@code .jsonl}). Only {@code text} and {@code fallbackId} are required.
 */
record Fields(String id, String url, String title, String publisher, String published, String language,
              String text, String fallbackId) {
}
