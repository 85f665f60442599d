package ekg.ingest.eval;

/**
 * One case to read from a development-set section: a missed gold item or a wrong extracted one.
 * {@code what} says which list it belongs to, {@code expected} and {@code got} what each side holds.
 */
public record Case(String what, String article, String span, String text, String expected, String got) {}
