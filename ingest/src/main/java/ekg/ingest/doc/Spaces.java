package ekg.ingest.doc;

/**
 * White space in names and phrases, handled without regular expressions: the stages normalise a form
 * for every mention they compare, and a regex replace per mention showed up in extraction profiles.
 */
public final class Spaces {
    private Spaces() {
    }

    /** The text stripped, with every run of white space inside it turned into one space. */
    public static String collapse(String text) {
        String s = text.strip();
        StringBuilder b = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (!space) b.append(c);
            else if (!inSpace) b.append(' ');
            inSpace = space;
        }
        return s.contentEquals(b) ? s : b.toString();
    }
}
