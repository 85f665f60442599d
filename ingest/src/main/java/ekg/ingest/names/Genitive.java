package ekg.ingest.names;

/** The German genitive of names: "Putins", "Nordkoreas", "Lindners", "Habeck'", "Paris’". */
final class Genitive {

    private Genitive() {
    }

    /** The token without its genitive ending, or null when it has none or too little would be left. */
    static String base(String token) {
        int n = token.length();
        if (n < 3 || !Character.isUpperCase(token.charAt(0))) return null;
        char last = token.charAt(n - 1);
        if (last == '\'' || last == '’') return token.substring(0, n - 1);
        if (last != 's') return null;
        char before = token.charAt(n - 2);
        if (before == '\'' || before == '’') return n > 3 ? token.substring(0, n - 2) : null;
        return Character.isLetter(before) ? token.substring(0, n - 1) : null;
    }
}
