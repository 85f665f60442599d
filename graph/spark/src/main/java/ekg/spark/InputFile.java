package ekg.spark;

import java.io.Serializable;

/**
 * One file to read, as the driver lists it: where it is ({@code uri}, any Hadoop file system), the name
 * ekg reports it by ({@code source}: the argument as given, then the path below it, as {@code ekg build}
 * names it), and its place in the input order, which decides which of two articles with one id is kept.
 */
public record InputFile(String uri, String source, int ordinal) implements Serializable {
}
