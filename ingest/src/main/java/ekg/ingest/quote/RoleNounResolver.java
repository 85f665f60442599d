package ekg.ingest.quote;

import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.morph.GermanLexicon;
import ekg.ingest.morph.PersonNouns;

import java.util.List;
import java.util.Locale;

/**
 * Resolves a speaking role noun ("der Sprecher", "die Kanzlerin", "der Kremlchef") to the nearest person
 * before it that the article introduced with the same role: right before the name ("Kremlchef Wladimir
 * Putin", "der ukrainische Präsident Wolodymyr Selenskyj") or in apposition after it ("Pat Ryder,
 * Sprecher des Ministeriums"). When no person was introduced so, the role stays without speaker.
 */
final class RoleNounResolver {
    /** How far before a name (or after its comma) the role noun may stand. */
    private static final int NEAR = 4;

    private final TextView v;
    private final List<String> roles;
    private final PronounResolver pronouns;
    private final byte[] known;

    RoleNounResolver(TextView v, List<String> roles, PronounResolver pronouns) {
        this.v = v;
        this.roles = roles;
        this.pronouns = pronouns;
        this.known = new byte[v.size()];
    }

    /** A noun that names a role, outside quote marks. */
    boolean isRole(int i) {
        // asked for the same tokens by every cue of the sentence: each answer is kept (1 yes, 2 no)
        if (known[i] == 0) known[i] = (byte) (role(i) ? 1 : 2);
        return known[i] == 1;
    }

    private boolean role(int i) {
        String w0 = v.word(i);
        // the first letter, after the digits of "45-Jährige", which the tagger may take for an adjective
        int first = 0;
        while (first < w0.length() && (Character.isDigit(w0.charAt(first)) || w0.charAt(first) == '-')) first++;
        // the tagger may take a noun no name finder took for a name for a proper noun ("Der Soldat sagte")
        boolean proper = v.isTag(i, "PROPN") && !v.partOfName(i);
        if (v.quoted(i) || !(v.isTag(i, "NOUN") || proper || first > 0 && v.isTag(i, "ADJ"))) return false;
        if (first >= w0.length() || !Character.isUpperCase(w0.charAt(first))) return false;
        String w = v.word(i).toLowerCase(Locale.ROOT);
        if (roles.stream().anyMatch(w::endsWith)) return true;
        if (first > 0) return false;
        // "die Autoren", "Ärzte": a plural whose singular is a role
        if (GermanLexicon.get().lemmas(v.word(i), f -> f.tag().startsWith("SUB:") && f.has("PLU")).stream()
                .map(l -> l.toLowerCase(Locale.ROOT)).anyMatch(l -> roles.stream().anyMatch(l::endsWith))) {
            return true;
        }
        // "der Soldat", "die Eigentümerin": any noun naming a person, beyond the list
        return PersonNouns.isPersonNoun(v.word(i));
    }

    /**
     * The person the role noun at {@code i} refers to: one introduced with that role; else, for an age
     * description (der 45-Jährige), which always points back, the one person named in the sentences
     * just before; else the organisation in its genitive (ein Sprecher der Polizei). A description such
     * as "der Richter" may name someone new, so it is not guessed. Null when none settles it.
     */
    Speaker resolve(int i) {
        String role = v.word(i).toLowerCase(Locale.ROOT);
        // "ein Sprecher" introduces someone new, never the person introduced with that role before
        for (int k = indefinite(i) ? -1 : i - 1; k >= 0; k--) {
            Mention m = v.mentionAt(k);
            if (m == null || m.type() != EntityType.PER || v.quoted(k)) continue;
            if (introducedAs(k, role)) return new Speaker(m.span(), v.entityKey(m.span()));
        }
        if (definite(i) && (role.endsWith("jährige") || role.endsWith("jähriger"))) {
            Speaker recent = pronouns.resolve(i);
            if (recent != null) return recent;
        }
        return organisationOf(i);
    }

    /** "der 45-Jährige", "die Ministerin": a definite article in the nominative before the role. */
    private boolean definite(int i) {
        int j = i - 1;
        while (j >= 0 && v.isTag(j, "ADJ")) j--;
        return j >= 0 && (v.isWord(j, "der") || v.isWord(j, "die"));
    }

    /** "ein Sprecher", "einer Sprecherin": an indefinite article before the role. */
    private boolean indefinite(int i) {
        int j = i - 1;
        while (j >= 0 && v.isTag(j, "ADJ")) j--;
        return j >= 0 && v.lower(j).startsWith("ein");
    }

    /** "Sprecher der Polizei", "Sprecherin von Nordwerk": the organisation right after the role. */
    private Speaker organisationOf(int i) {
        int last = v.sentLast(v.sentence(i));
        for (int j = i + 1; j <= Math.min(last, i + NEAR); j++) {
            Mention m = v.mentionAt(j);
            if (m != null && m.type() == EntityType.ORG && !v.quoted(j)) {
                String key = v.entityKey(m.span());
                return key == null ? null : new Speaker(m.span(), key);
            }
            if (!(v.isTag(j, "DET") || v.isTag(j, "ADJ") || v.isWord(j, "von") || v.isWord(j, "vom"))) return null;
        }
        return null;
    }

    private boolean introducedAs(int k, String role) {
        for (int j = Math.max(0, k - NEAR); j < k; j++) {
            if (sameRole(j, role) && v.sentence(j) == v.sentence(k)) return true;
        }
        int after = v.mentionLast(k) + 1;
        if (after < v.size() && v.word(after).equals(",")) {
            for (int j = after + 1; j < Math.min(v.size(), after + NEAR); j++) {
                if (sameRole(j, role) && v.sentence(j) == v.sentence(k)) return true;
            }
        }
        return false;
    }

    /** The same role, also in another form: Sprecherin and Sprecher, Regierungssprecher and Sprecher. */
    private boolean sameRole(int j, String role) {
        String w = v.word(j).toLowerCase(Locale.ROOT);
        String a = stripFeminine(w);
        String b = stripFeminine(role);
        return !v.quoted(j) && (a.endsWith(b) || b.endsWith(a)) && Math.min(a.length(), b.length()) >= 4;
    }

    private static String stripFeminine(String w) {
        return w.endsWith("in") && w.length() > 6 ? w.substring(0, w.length() - 2) : w;
    }
}
