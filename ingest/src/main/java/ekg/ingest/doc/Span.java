package ekg.ingest.doc;

/** A half-open character range {@code [begin, end)} into {@link Doc#text()}. */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0) throw new IllegalArgumentException("begin < 0: " + begin);
        if (end < begin) throw new IllegalArgumentException("end < begin: [" + begin + ", " + end + ")");
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** The covered text of {@code text}. */
    public String of(String text) {
        return text.substring(begin, end);
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + begin + "," + end + ")";
    }
}
