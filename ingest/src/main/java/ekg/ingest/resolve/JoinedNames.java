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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names joined by a hyphen or a slash into one word are several names: a route ("Wien-Moskau"), a
 * dateline ("Brüssel/Wien"), a pair ("Müller/Schmidt"). A joined word is split only when every part is a
 * name the lists know or the article names alone, so a compound ("Ukraine-Krise") or a double name
 * ("Mikl-Leitner", "Baden-Württemberg") stays whole.
 */
final class JoinedNames {
    private static final Pattern PART = Pattern.compile("[^-/]+");

    private final NameLists lists;

    JoinedNames(NameLists lists) {
        this.lists = lists;
    }

    List<Mention> split(Doc doc, List<Mention> mentions) {
        Map<String, EntityType> alone = new HashMap<>();
        for (Mention m : mentions) {
            if (m.text().indexOf('-') < 0 && m.text().indexOf('/') < 0) alone.putIfAbsent(m.text(), m.type());
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            List<Mention> parts = m.text().indexOf(' ') < 0 ? parts(m, alone) : List.of();
            if (parts.size() > 1) out.addAll(parts);
            else out.add(m);
        }
        // A dateline the name finder left alone: "Brüssel/Wien – Die Kommission ...".
        for (Token t : doc.tokens()) {
            if (t.text().indexOf('/') < 0 || mentions.stream().anyMatch(m -> m.span().overlaps(t.span()))) continue;
            List<Mention> parts = parts(new Mention(t.span(), t.text(), EntityType.LOC, RepeatedNames.FOUND_BY), alone);
            if (parts.size() > 1) out.addAll(parts);
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /** The parts of a joined word as mentions of their own, or an empty list when it is one name. */
    private List<Mention> parts(Mention m, Map<String, EntityType> alone) {
        String w = m.text();
        if (w.indexOf('-') < 0 && w.indexOf('/') < 0 || lists.gazetteer().typeOf(List.of(w)) != null) return List.of();
        List<Mention> out = new ArrayList<>();
        Matcher p = PART.matcher(w);
        while (p.find()) {
            String part = p.group();
            EntityType type = alone.get(part);
            if (type == null) type = lists.gazetteer().typeOf(List.of(part));
            if (type == null && lists.words().isCity(part)) type = EntityType.LOC;
            if (type == null || part.length() < 2 || !Character.isUpperCase(part.charAt(0))) return List.of();
            Span span = new Span(m.span().begin() + p.start(), m.span().begin() + p.end());
            out.add(new Mention(span, part, type, RepeatedNames.FOUND_BY));
        }
        return out;
    }
}
