package ekg.ingest.resolve;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.EntityType;
import ekg.ingest.doc.Mention;
import ekg.ingest.doc.Span;
import ekg.ingest.doc.Token;
import ekg.ingest.names.NameLists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the name finder drew the line between two people's names wrongly. A name that ends in a given
 * name runs on into the name right after it ("Sohn Ana Luiza | Costa da Silva" is one name). A name made
 * of two surnames of people the article names apart is two names, German word order putting object and
 * subject side by side ("Im Jahr 2008 warf Zdzisław Kęsłowski Nowakiewicz Spionage vor"); a given name right
 * before the first is part of it. A name of several words opening with a given name is a person's.
 */
final class AdjacentPeople {
    private final NameLists lists;

    AdjacentPeople(NameLists lists) {
        this.lists = lists;
    }

    List<Mention> separate(Doc doc, List<Mention> found) {
        List<Mention> mentions = found.stream().map(this::personByGivenName).toList();
        Map<String, Set<String>> surnameOf = new HashMap<>();
        for (Mention m : mentions) {
            String[] w = m.text().split(" ");
            if (m.type() == EntityType.PER && w.length > 1) {
                surnameOf.computeIfAbsent(Letters.fold(w[w.length - 1]), k -> new HashSet<>()).add(m.text());
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (next != null && runsOn(doc, m, next, surnameOf)) {
                Span span = new Span(m.span().begin(), next.span().end());
                out.add(new Mention(span, doc.cover(span), EntityType.PER, RepeatedNames.FOUND_BY));
                i++;
            } else {
                out.addAll(split(doc, m, surnameOf, mentions));
            }
        }
        // A place the model saw in a given name that a split took into a person's name ("Jordan" LOC) goes.
        List<Span> people = out.stream().filter(x -> x.type() == EntityType.PER).map(Mention::span).toList();
        out.removeIf(x -> x.type() != EntityType.PER && !RepeatedNames.KNOWN.contains(x.foundBy())
                && people.stream().anyMatch(p -> p.contains(x.span()) && !p.equals(x.span())));
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /**
     * "Zdzisław Kęsłowski" taken for a place: a name of several capitalised words that opens with a given name
     * is a person's, unless a list gave it its type ("Maria Enzersdorf" is then a town).
     */
    private Mention personByGivenName(Mention m) {
        if (m.type() == EntityType.PER || m.type() == EntityType.OTH || RepeatedNames.KNOWN.contains(m.foundBy())) return m;
        String[] w = m.text().split(" ");
        if (w.length < 2 || w.length > 4 || lists.gazetteer().typeOf(List.of(w)) != null) return m;
        if (!lists.isGivenName(w[0]) && !lists.isGivenName(Letters.fold(w[0]))) return m;
        for (String x : w) if (!Character.isUpperCase(x.charAt(0)) && !RepeatedNames.PARTICLES.contains(x)) return m;
        return new Mention(m.span(), m.text(), EntityType.PER, m.foundBy());
    }

    private boolean runsOn(Doc doc, Mention m, Mention next, Map<String, Set<String>> surnameOf) {
        if (m.type() != EntityType.PER || next.type() != EntityType.PER) return false;
        if (!doc.text().substring(m.span().end(), next.span().begin()).equals(" ")) return false;
        String[] w = m.text().split(" ");
        String last = w[w.length - 1];
        return lists.isGivenName(last) && !byOther(surnameOf, last, m);
    }

    /** The mention as two people's names when its two last words are surnames of two others the article names. */
    private List<Mention> split(Doc doc, Mention m, Map<String, Set<String>> surnameOf, List<Mention> all) {
        String[] w = m.text().split(" ");
        if (m.type() != EntityType.PER || w.length < 2) return List.of(m);
        if (!byOther(surnameOf, w[w.length - 1], m) || !byOther(surnameOf, w[w.length - 2], m)) return List.of(m);
        int cut = m.span().end() - w[w.length - 1].length();
        if (!doc.text().startsWith(w[w.length - 1], cut) || doc.text().charAt(cut - 1) != ' ') return List.of(m);
        int begin = m.span().begin();
        if (w.length == 2) begin = givenNameBefore(doc, begin, all);
        Span first = new Span(begin, cut - 1);
        Span second = new Span(cut, m.span().end());
        return List.of(new Mention(first, doc.cover(first), EntityType.PER, RepeatedNames.FOUND_BY),
                new Mention(second, doc.cover(second), EntityType.PER, RepeatedNames.FOUND_BY));
    }

    private static boolean byOther(Map<String, Set<String>> surnameOf, String word, Mention m) {
        return surnameOf.getOrDefault(Letters.fold(word), Set.of()).stream().anyMatch(f -> !f.equals(m.text()));
    }

    /**
     * Where a given name ends right before {@code begin}, its start; else {@code begin}. A given name is one
     * of the lists or the first word of a person's full name in the article ("Jordan" of "Jordan Nowak"); no
     * mention may hold it but the model's guess of a place or organization in that one word.
     */
    private int givenNameBefore(Doc doc, int begin, List<Mention> all) {
        for (Token t : doc.tokens()) {
            if (t.span().end() + 1 != begin || doc.text().charAt(t.span().end()) != ' ') continue;
            boolean free = all.stream().noneMatch(x -> x.span().overlaps(t.span()) && (x.type() == EntityType.PER
                    || RepeatedNames.KNOWN.contains(x.foundBy()) || !x.span().equals(t.span())));
            boolean given = lists.isGivenName(t.text()) || all.stream().anyMatch(x -> x.type() == EntityType.PER
                    && x.text().startsWith(t.text() + " "));
            return free && given ? t.span().begin() : begin;
        }
        return begin;
    }
}
