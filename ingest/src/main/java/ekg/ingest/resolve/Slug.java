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
        // Every run of other characters becomes one dash, none at either end.
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !out.isEmpty()) out.append('-');
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
