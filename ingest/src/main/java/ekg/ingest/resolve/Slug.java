package ekg.ingest.resolve;

import java.text.Normalizer;
import java.util.Locale;

/** Readable ASCII keys for names: "Jens Stoltenberg" becomes "jens-stoltenberg", "Pjöngjang" "pjoengjang". */
public final class Slug {
    private Slug() {
    }

    public static String of(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s;
    }
}
