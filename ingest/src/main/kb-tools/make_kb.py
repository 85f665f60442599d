#!/usr/bin/env python3
"""Regenerates ekg's built-in knowledge base (ingest/src/main/resources/ekg/kb/*.jsonl).

Inputs, all in this folder:
  countries.txt      hand-curated country facts (capital, adjectives, Wikidata ids, aliases)
  places.txt         hand-curated regions and cities beyond the capitals
  organizations.txt  hand-curated organizations, government bodies, news agencies and outlets
  people.txt         hand-curated people and their roles
  other.txt          hand-curated other names (OTH): currencies, stock indices, wars
and the German country names of the npm package i18n-iso-countries (MIT), which this script reads
from its langs/de.json. The build never runs this script; the generated .jsonl files are committed.

Usage (Python 3.8+, standard library only; npm only to fetch the package):
  npm install --prefix /tmp/kbgen i18n-iso-countries@7.14.0
  python3 ingest/src/main/kb-tools/make_kb.py /tmp/kbgen/node_modules/i18n-iso-countries/langs/de.json

Format of places.txt, organizations.txt, people.txt, other.txt: one entity per line,
  name | type | kind | wikidata | aliases (';'-separated) | partOf | epithets (';'-separated)
with '-' or nothing for an empty field (partOf: key of the containing country or organization;
epithets: nouns the press uses for it, "Militärbündnis"); trailing fields may be left out. A line starting with
white space is a role of the entity above it:
  role | of | from | to | titles (';'-separated)
'@source <text>' sets the source of the entries that follow; '@titles role | of | titles' gives
the titles every later role with that role noun and 'of' gets (before its own); '#' starts a comment.
Every name, alias and title with 'ß' also gets its Swiss spelling with 'ss'.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "resources" / "ekg" / "kb"
PACKAGE = "npm i18n-iso-countries 7.14.0 (MIT)"
HAND = "hand-curated from general knowledge; verify"


# Letters of their own that ASCII lacks, as ekg.ingest.resolve.Letters transliterates them.
OWN_LETTERS = {"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
               "ħ": "h", "ŀ": "l"}


def slug(name):
    """The same as ekg.ingest.resolve.Slug.of."""
    s = name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = "".join(OWN_LETTERS.get(c, c) for c in s)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.category(c).startswith("M"))
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def split_list(field):
    return [x.strip() for x in field.split(";") if x.strip()] if field and field.strip() != "-" else []


def field(parts, i):
    v = parts[i].strip() if i < len(parts) else ""
    return None if v in ("", "-") else v


def with_swiss(names, exclude=()):
    """names plus the 'ss' spelling of each name with 'ß', without duplicates (case-insensitive)."""
    seen = {n.lower() for n in exclude}
    out = []
    for n in names:
        for v in (n, n.replace("ß", "ss")):
            if v.lower() not in seen:
                seen.add(v.lower())
                out.append(v)
    return out


def entry(name, type_, aliases=(), wikidata=None, kind=None, capital=None, adjective=None,
          part_of=None, epithets=None, roles=None, source=None):
    e = {"key": slug(name), "type": type_, "name": name}
    al = with_swiss([name] + list(aliases))[1:]
    if al:
        e["aliases"] = al
    for k, v in (("wikidata", wikidata), ("kind", kind), ("capital", capital),
                 ("adjective", adjective), ("partOf", part_of), ("epithets", epithets)):
        if v:
            e[k] = v
    if roles:
        e["roles"] = roles
    e["source"] = source
    return e


def read_lines(path):
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.strip() and not raw.lstrip().startswith("#"):
            yield n, raw


def countries(de_json):
    names = json.loads(Path(de_json).read_text(encoding="utf-8"))["countries"]
    out, capitals = [], []
    for n, line in read_lines(HERE / "countries.txt"):
        p = line.split("|")
        if len(p) != 9:
            sys.exit(f"countries.txt:{n}: expected 9 fields, found {len(p)}")
        iso, _un, name, qid, adjs, aliases, cap, cap_aliases, cap_qid = (x.strip() for x in p)
        pkg = names.get(iso)
        pkg = [pkg] if isinstance(pkg, str) else list(pkg or [])
        pkg = [x for x in pkg if ", " not in x]   # drop inverted catalogue forms
        if not name:
            if not pkg:
                sys.exit(f"countries.txt:{n}: no name for {iso} in the package; give one")
            name = pkg[0]
        source = (PACKAGE + " names + hand-curated") if pkg else "hand-curated"
        cap_entry = None
        if cap:
            cap_entry = entry(cap, "LOC", split_list(cap_aliases), cap_qid or None, "city",
                              part_of=slug(name), source="hand-curated")
            capitals.append(cap_entry)
        adjectives = split_list(adjs)
        e = entry(name, "LOC", pkg + split_list(aliases), qid or None, "country",
                  capital=cap_entry["key"] if cap_entry else None,
                  adjective=adjectives[0] if adjectives else None, source=source)
        if len(adjectives) > 1:   # further stems ("US-amerikanisch"), an extra field
            e = {**{k: v for k, v in e.items() if k != "source"}, "adjectives": adjectives, "source": source}
        out.append(e)
    return out, capitals


def curated(filename):
    out, source, default_titles = [], HAND, {}
    for n, line in read_lines(HERE / filename):
        if line.startswith("@source"):
            source = line[len("@source"):].strip()
            continue
        p = line.split("|")
        if line.startswith("@titles"):
            p[0] = p[0][len("@titles"):]
            default_titles[(p[0].strip(), p[1].strip())] = split_list(p[2])
            continue
        if line[0].isspace():
            if not out:
                sys.exit(f"{filename}:{n}: a role before any entity")
            role = {"role": p[0].strip(), "of": field(p, 1), "from": field(p, 2), "to": field(p, 3)}
            titles = with_swiss(default_titles.get((role["role"], role["of"]), [])
                                + split_list(p[4] if len(p) > 4 else ""))
            if titles:
                role["titles"] = titles
            out[-1].setdefault("roles", []).append(role)
            continue
        if len(p) < 2:
            sys.exit(f"{filename}:{n}: expected 'name | type | ...'")
        e = entry(p[0].strip(), p[1].strip(), split_list(p[4] if len(p) > 4 else ""), field(p, 3),
                  field(p, 2), part_of=field(p, 5),
                  epithets=with_swiss(split_list(p[6] if len(p) > 6 else "")) or None, source=source)
        out.append(e)
    for e in out:   # keep "source" last
        if "roles" in e:
            e["source"] = e.pop("source")
    return out


def write(filename, header, entries):
    lines = [f"# {h}" for h in header]
    lines += [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in entries]
    (OUT / filename).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{filename}: {len(entries)} entries")


def main():
    de_json = sys.argv[1] if len(sys.argv) > 1 else \
        "/tmp/kbgen/node_modules/i18n-iso-countries/langs/de.json"
    generated = "Generated by ingest/src/main/kb-tools/make_kb.py: edit its inputs there, not this file."
    cs, capitals = countries(de_json)
    write("countries.jsonl", ["States: every UN member state, and Kosovo, Taiwan, Palestine, Vatican.",
                              "German names from " + PACKAGE + "; capitals, adjectives, Wikidata ids and "
                              "further aliases hand-curated.", generated], cs)
    write("places.jsonl", ["Places: the capitals of the states in countries.jsonl, then regions and cities "
                           "often in the news.", generated], capitals + curated("places.txt"))
    write("organizations.jsonl", ["Organizations: international organizations, government bodies, news "
                                  "agencies and outlets.", generated], curated("organizations.txt"))
    write("people.jsonl", ["People the press names often: heads of state and government, ministers, "
                           "spokespeople, secretaries-general.",
                           "Facts about the world with their Wikidata ids where certain; roles with "
                           "ISO dates (to: null while in office as far as known).", generated],
          curated("people.txt"))
    write("other.jsonl", ["Other names (OTH): currencies, stock indices and wars the press names as names.",
                          generated], curated("other.txt"))


if __name__ == "__main__":
    main()
