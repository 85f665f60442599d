package ekg.ingest.eval;

/** Text comparison as the gold format defines it: quote marks dropped, white space folded, case kept. */
final class Texts {
    private static final String MARKS = "\"'„“”»«‚‘’‹›";

    private Texts() {}

    static String normal(String s) {
        return fold(s, MARKS);
    }

    /** {@code s} without the characters of {@code marks}, each run of white space one space, trimmed. */
    static String fold(String s, String marks) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (marks.indexOf(c) >= 0) continue;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
                space = true;
                continue;
            }
            if (space && b.length() > 0) b.append(' ');
            space = false;
            b.append(c);
        }
        return b.toString();
    }

    /** One normalised text contains the other. */
    static boolean matches(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }
}
