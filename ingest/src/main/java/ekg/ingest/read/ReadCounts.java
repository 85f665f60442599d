package ekg.ingest.read;

/**
 * What one reading run has done so far.
 *
 * @param files    files of a known format the reader opened or tried to open
 * @param articles articles handed out
 * @param failures failures reported to the handler (a bad file, a bad line, a duplicate id, a missing path)
 * @param ignored  files inside folders skipped because their extension is not .txt, .json or .jsonl
 */
public record ReadCounts(long files, long articles, long failures, long ignored) {

    @Override
    public String toString() {
        return files + " files, " + articles + " articles, " + failures + " failures, " + ignored + " ignored";
    }
}
