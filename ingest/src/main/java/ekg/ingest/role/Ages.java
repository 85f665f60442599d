package ekg.ingest.role;

import ekg.ingest.doc.DocIndex;
import ekg.ingest.doc.Token;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ages an article gives its people, which let "der 45-Jährige" refer back to one of them. */
final class Ages {
    private static final Pattern AGE_ADJECTIVE = Pattern.compile("(\\d{1,3})-jährige[nrs]?");

    private Ages() {
    }

    /** By person key, the ages given as "Max Muster (45)" or "der 45-jährige Max Muster". */
    static Map<String, Set<String>> given(DocIndex index, List<Token> tokens, List<RoleMentions.Named> people) {
        Map<String, Set<String>> out = new HashMap<>();
        for (RoleMentions.Named p : people) {
            int first = index.tokenStartingAt(p.span().begin());
            int last = index.tokenEndingAt(p.span().end());
            if (last >= 0 && last + 3 < tokens.size() && tokens.get(last + 1).text().equals("(")
                    && tokens.get(last + 3).text().equals(")") && tokens.get(last + 2).text().matches("\\d{1,3}")) {
                out.computeIfAbsent(p.key(), k -> new HashSet<>()).add(tokens.get(last + 2).text());
            }
            for (int b = 1; first >= 0 && b <= 2 && first - b >= 0; b++) {
                Matcher m = AGE_ADJECTIVE.matcher(tokens.get(first - b).text());
                if (m.matches()) out.computeIfAbsent(p.key(), k -> new HashSet<>()).add(m.group(1));
            }
        }
        return out;
    }
}
