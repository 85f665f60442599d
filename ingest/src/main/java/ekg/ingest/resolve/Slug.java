package ekg.ingest.resolve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Readable ASCII keys for names: "Jens Stoltenberg" becomes "jens-stoltenberg", "Pjöngjang" "pjoengjang",
 * "Zdzisław Kęsłowski" "zdzislaw-keslowski" (German umlauts as ae/oe/ue, other letters by {@link Letters}).
 */
public final class Slug {
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Slug() {
    }

    public static String of(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
        s = Letters.fold(s).toLowerCase(Locale.ROOT);
        return EDGE_DASHES.matcher(NON_ALNUM.matcher(s).replaceAll("-")).replaceAll("");
    }
}
