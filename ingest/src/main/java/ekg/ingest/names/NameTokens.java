package ekg.ingest.names;

import java.util.List;
import java.util.regex.Pattern;

/** Splits a listed name into the tokens ekg's tokenizer makes of it: at white space, hyphens kept. */
public final class NameTokens {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private NameTokens() {
    }

    public static List<String> split(String name) {
        String s = name.strip();
        return s.isEmpty() ? List.of() : List.of(SPACE.split(s));
    }

    /** True when the token starts with an upper-case letter, as German names (and nouns) do. */
    public static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }
}
