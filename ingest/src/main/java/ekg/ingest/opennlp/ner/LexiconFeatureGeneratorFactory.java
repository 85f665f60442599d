package ekg.ingest.opennlp.ner;

import ekg.ingest.morph.GermanLexicon;
import ekg.ingest.morph.WordForm;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenNLP feature generator "what the German lexicon knows of this token" ({@link GermanLexicon}),
 * named in a descriptor as {@code <generator class="ekg.ingest.opennlp.ner.LexiconFeatureGeneratorFactory"/>}.
 * German capitalises every noun, so a capital letter says little; the lexicon says more: a word it knows
 * only as a common noun ({@code SUB}) is rarely a name, a proper name ({@code EIG}) carries its kind
 * (first name, surname, town, country, region), and a word it does not know at all is a name candidate.
 * A capitalised word is also looked up lower-cased, so "Die" or "Neue" at a sentence start shows as the
 * article or adjective it is. The last part of a hyphenated compound ("EU-Kommission") is looked up too.
 * The lexicon is a dependency of ekg, not a model artifact: a model trained with these features reads the
 * same lexicon when it tags.
 */
public final class LexiconFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    // Tokens repeat (articles, punctuation, frequent names); each one's features are computed once per JVM.
    // The cap bounds memory on endless input; past it, lookups are simply not remembered.
    private static final int CACHE_LIMIT = 400_000;
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    @Override
    public AdaptiveFeatureGenerator create() {
        return (features, tokens, index, previousOutcomes) -> features.addAll(features(tokens[index]));
    }

    /** The token's lexicon features, e.g. {@code [lx=E, lxe=NAC]} for "Merkel", {@code [lx=S]} for "Regierung". */
    static List<String> features(String token) {
        List<String> f = CACHE.get(token);
        if (f == null) {
            f = compute(token);
            if (CACHE.size() < CACHE_LIMIT) CACHE.put(token, f);
        }
        return f;
    }

    private static List<String> compute(String token) {
        if (!hasLetter(token)) return List.of();
        GermanLexicon lex = GermanLexicon.get();
        List<String> out = new ArrayList<>(4);
        TreeSet<String> kinds = new TreeSet<>();
        List<WordForm> readings = lex.lookup(token);
        out.add("lx=" + signature(readings, kinds));
        for (String k : kinds) out.add("lxe=" + k);
        if (Character.isUpperCase(token.charAt(0))) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (!lower.equals(token)) out.add("lxl=" + signature(lex.lookup(lower), new TreeSet<>()));
        }
        int hyphen = token.lastIndexOf('-');
        if (hyphen > 0 && hyphen < token.length() - 2) {
            out.add("lxh=" + signature(lex.lookup(token.substring(hyphen + 1)), new TreeSet<>()));
        }
        return List.copyOf(out);
    }

    // The classes of the readings as sorted letters: E proper name, S common noun, A adjective, V verb,
    // F any other (article, pronoun, preposition, ...); U unknown. The proper names' kinds go to {@code kinds}.
    private static String signature(List<WordForm> readings, TreeSet<String> kinds) {
        if (readings.isEmpty()) return "U";
        TreeSet<Character> classes = new TreeSet<>();
        for (WordForm w : readings) {
            String tag = w.tag();
            if (w.isProperName()) {
                classes.add('E');
                kinds.add(tag.substring(tag.lastIndexOf(':') + 1));
            } else if (w.isCommonNoun()) {
                classes.add('S');
            } else if (tag.startsWith("ADJ") || tag.startsWith("PA")) {
                classes.add('A');
            } else if (w.isVerb()) {
                classes.add('V');
            } else {
                classes.add('F');
            }
        }
        StringBuilder sb = new StringBuilder(classes.size());
        for (char c : classes) sb.append(c);
        return sb.toString();
    }

    private static boolean hasLetter(String token) {
        for (int i = 0; i < token.length(); i++) if (Character.isLetter(token.charAt(i))) return true;
        return false;
    }
}
