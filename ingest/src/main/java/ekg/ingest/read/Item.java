package ekg.ingest.read;

/**
 * One outcome of reading an input: either the fields of an article or a failure, both named by their
 * source ({@code path} or {@code path:line}).
 */
record Item(String source, Fields fields, String reason, Throwable cause) {

    static Item article(String source, Fields fields) {
        return new Item(source, fields, null, null);
    }

    static Item failure(String source, String reason, Throwable cause) {
        return new Item(source, null, reason, cause);
    }

    static Item failure(String source, ReadProblem problem) {
        return failure(source, problem.getMessage(), problem.getCause());
    }

    boolean failed() {
        return fields == null;
    }
}
