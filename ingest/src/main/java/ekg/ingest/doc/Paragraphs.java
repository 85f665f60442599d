package ekg.ingest.doc;

import java.util.Arrays;

/** The paragraph part of a {@link DocIndex}: where paragraphs start, one after every run of line breaks. */
final class Paragraphs {
    private final String text;
    private final int[] starts;

    Paragraphs(String text) {
        this.text = text;
        int[] s = new int[16];
        int n = 0;
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i - 1) == '\n' && text.charAt(i) != '\n') {
                if (n == s.length) s = Arrays.copyOf(s, n * 2);
                s[n++] = i;
            }
        }
        starts = Arrays.copyOf(s, n);
    }

    boolean builtFrom(Doc doc) {
        return doc.text() == text;
    }

    int of(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
