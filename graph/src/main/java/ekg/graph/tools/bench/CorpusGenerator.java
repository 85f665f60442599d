package ekg.graph.tools.bench;

import ekg.ingest.kb.KbEntry;
import ekg.ingest.kb.KnowledgeBase;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Makes realistic German news articles for scale tests, deterministically from a seed. Articles come in
 * stories: about {@value #PER_STORY} outlets report each story (same people, place and date, different
 * sentences, date phrases and publication days), so that linking entities, events and utterances across
 * articles has real work to do, and the number of distinct events grows with the corpus.
 *
 * <pre>{@code
 * CorpusGenerator g = new CorpusGenerator(KnowledgeBase.builtIn(), 42, 1000);
 * GeneratedArticle a = g.article(0);
 * }</pre>
 */
public final class CorpusGenerator {
    static final int PER_STORY = 4;
    private static final String[] OUTLETS = {"tagesblatt.example", "nachrichten-nord.example", "rundschau.example",
            "morgenpost.example", "abendzeitung.example", "landeskurier.example", "presse-sued.example"};
    private static final String[] CUES = {"sagte", "betonte", "erklärte", "sagte", "warnte", "versicherte"};
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);

    private final Templates templates;
    private final Cast cast;
    private final long seed;
    private final int stories;

    /** A generator of {@code n} articles; {@code n} sets the number of stories, not a limit on {@link #article}. */
    public CorpusGenerator(KnowledgeBase kb, long seed, int n) {
        this(Templates.builtIn(), Cast.of(kb), seed, n);
    }

    CorpusGenerator(Templates templates, Cast cast, long seed, int n) {
        if (n < 1) throw new IllegalArgumentException("n < 1: " + n);
        this.templates = templates;
        this.cast = cast;
        this.seed = seed;
        this.stories = Math.max(1, n / PER_STORY);
    }

    /** One generated article as the JSON Lines reader takes it. */
    public record GeneratedArticle(String id, String url, String title, String source, String published,
                                   String text) {
    }

    /** The article with index {@code i}: a pure function of the seed, {@code n} and {@code i}. */
    public GeneratedArticle article(long i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        int story = r.nextInt(stories);
        Map<String, String> slots = storySlots(story);
        LocalDate event = LocalDate.parse(slots.get("date"));
        LocalDate published = event.plusDays(r.nextInt(3));
        String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
        String id = String.format(Locale.ROOT, "gen-%08d", i);
        slots.put("D", datePhrase(event, published, r));
        slots.put("V", CUES[r.nextInt(CUES.length)]);
        String title = Templates.fill(pick(templates.heads(), new Random(story + seed)), slots);
        return new GeneratedArticle(id, "https://" + outlet + "/politik/" + id, title, outlet,
                published.toString(), text(slots, event, published, r));
    }

    private String text(Map<String, String> slots, LocalDate event, LocalDate published, SplittableRandom r) {
        StringBuilder text = new StringBuilder(Templates.fill(pick(templates.leads(), r), slots));
        List<String> body = templates.body();
        int[] order = IntStream.range(0, body.size()).toArray();
        int sentences = Math.min(body.size(), 6 + r.nextInt(9));
        for (int s = 0; s < sentences; s++) {
            int k = s + r.nextInt(order.length - s);
            int chosen = order[k];
            order[k] = order[s];
            order[s] = chosen;
            slots.put("D", datePhrase(event, published, r));
            slots.put("V", CUES[r.nextInt(CUES.length)]);
            slots.put("Q", pick(templates.quotes(), r));
            slots.put("Q2", pick(templates.quotes(), r));
            text.append(s % 4 == 3 ? "\n\n" : " ").append(Templates.fill(body.get(chosen), slots));
        }
        return text.toString();
    }

    /** The story's cast, place and date: the same for every article that reports it. */
    private Map<String, String> storySlots(int story) {
        Random r = new Random(seed * 7919L + story);
        KbEntry p1 = pick(cast.people(), r);
        KbEntry p2 = pick(cast.people(), r);
        while (p2 == p1) p2 = pick(cast.people(), r);
        Map<String, String> slots = new HashMap<>();
        slots.put("P1", p1.name());
        slots.put("P1s", Cast.surname(p1));
        slots.put("P2", p2.name());
        slots.put("P2s", Cast.surname(p2));
        slots.put("L", pick(cast.places(), r).name());
        slots.put("C", pick(cast.countries(), r).name());
        slots.put("O", pick(cast.organizations(), r).name());
        slots.put("date", FIRST.plusDays(r.nextInt(6 * 365)).toString());
        return slots;
    }

    /** How the article dates the event: by weekday when it is near, else by day and month (and year). */
    private static String datePhrase(LocalDate event, LocalDate published, SplittableRandom r) {
        String month = event.getMonth().getDisplayName(TextStyle.FULL, Locale.GERMAN);
        return switch (r.nextInt(4)) {
            case 0 -> event.equals(published) ? "am heutigen " + weekday(event) : "am " + weekday(event);
            case 1 -> "am " + event.getDayOfMonth() + ". " + month;
            case 2 -> "am " + event.getDayOfMonth() + ". " + month + " " + event.getYear();
            default -> "am " + weekday(event) + ", dem " + event.getDayOfMonth() + ". " + month + ",";
        };
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.GERMAN);
    }

    private static <T> T pick(List<T> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }

    private static <T> T pick(List<T> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }
}
