package ekg.ingest.resolve;

import java.util.Locale;

/**
 * Readable ASCII keys for names: "Jens Stoltenberg" becomes "jens-stoltenberg", "Pjöngjang" "pjoengjang",
 * "Zdzisław Kęsłowski" "zdzislaw-keslowski" (German umlauts as ae/oe/ue, other letters by {@link Letters}).
 */
public final class Slug {
    private Slug() {
    }

    public static String of(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
        s = Letters.fold(s).toLowerCase(Locale.ROOT);
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
