package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.names.NameLists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the name finder typed a person as a place or an organization and the article itself says it
 * is a person. The model often takes foreign names for places ("Zdzisław Kęsłowski" LOC), and a lone
 * surname far more often ("Kęsłowski" LOC); the same article then names the person elsewhere, or puts
 * a title before the name. Names a curated list typed keep their type: a town may share a surname.
 */
final class PersonEvidence {
    private final NameLists lists;

    PersonEvidence(NameLists lists) {
        this.lists = lists;
    }

    /**
     * "Chemienobelpreisträgerin Anna Nowak" taken whole for an organization: a title noun opening a
     * name of two or more capitalised words is no part of it, and the rest is a person.
     */
    List<Mention> withoutTitles(Doc doc, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            String[] w = m.text().split(" ");
            if (w.length < 3 || m.type() == EntityType.OTH || RepeatedNames.KNOWN.contains(m.foundBy())
                    || !lists.isRoleNoun(w[0]) || !allCapitalised(w, 1)) {
                out.add(m);
                continue;
            }
            int begin = m.span().begin() + m.text().indexOf(' ') + 1;
            Span rest = new Span(begin, m.span().end());
            out.add(new Mention(rest, doc.cover(rest), EntityType.PER, m.foundBy()));
        }
        return out;
    }

    /**
     * The mentions with a person's type where the article gives the evidence: a single word that is a
     * part of a person's full name or its genitive ({@code parts}, folded), a name spelt as a person's
     * name elsewhere in the article, or a short name of a few words that ends in the surname the model
     * found alone as a person.
     */
    List<Mention> retyped(List<Mention> found, Set<String> parts) {
        Set<String> people = new HashSet<>();
        for (Mention m : found) if (m.type() == EntityType.PER) people.add(Letters.fold(m.text()));
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            out.add(isPerson(m, parts, people) ? new Mention(m.span(), m.text(), EntityType.PER, m.foundBy()) : m);
        }
        return out;
    }

    private boolean isPerson(Mention m, Set<String> parts, Set<String> people) {
        if (m.type() == EntityType.PER || m.type() == EntityType.OTH || RepeatedNames.KNOWN.contains(m.foundBy())) {
            return false;
        }
        String[] w = m.text().split(" ");
        if (w.length == 1) {
            if (lists.words().isCity(m.text())) return false;
            String base = RepeatedNames.genitiveBase(m.text());
            return parts.contains(Letters.fold(m.text())) || base != null && parts.contains(Letters.fold(base));
        }
        if (people.contains(Letters.fold(m.text()))) return true;
        if (w.length > 3 || !allCapitalised(w, 0) || lists.gazetteer().typeOf(List.of(w)) != null) return false;
        return people.contains(Letters.fold(w[w.length - 1]));
    }

    private static boolean allCapitalised(String[] words, int from) {
        for (int i = from; i < words.length; i++) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) return false;
        }
        return true;
    }
}
