package ekg.ingest.quote;

import ekg.ingest.doc.Span;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Pairs opening and closing quote marks in a text. Only outermost pairs are reported; nested quotes
 * stay inside them. Unbalanced marks are skipped, never guessed at: an opener left open at a line
 * break is dropped (a paragraph break ends every quote) unless the next paragraph opens with the same
 * mark, as a quote running over paragraphs does; and a pair longer than a limit is dropped.
 */
final class QuoteSpanFinder {
    /** Default longest quote, in characters, marks excluded. */
    static final int DEFAULT_MAX_CHARS = 3000;

    /** One quoted span: the positions of its marks and the words between them, trimmed. */
    record Pair(int open, int close, Span inner) {}

    /** All pairs, and the closing marks that had no opener (the opener was lost in editing). */
    record Result(List<Pair> pairs, List<Integer> strayClosers) {}

    private record Open(char mark, int pos) {}

    private final int maxChars;

    QuoteSpanFinder(int maxChars) {
        if (maxChars < 1) throw new IllegalArgumentException("maxChars < 1: " + maxChars);
        this.maxChars = maxChars;
    }

    Result find(String text) {
        List<Pair> pairs = new ArrayList<>();
        List<Integer> strays = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                // a quote running over paragraphs opens each of them anew and closes only at its end
                if (stack.size() == 1 && reopens(text, i, stack.peek().mark())) addPair(text, stack.peek().pos(), i, pairs);
                stack.clear();
            } else if (QuoteMarks.isMark(c) && !QuoteMarks.isApostrophe(text, i)) {
                step(text, i, stack, pairs, strays);
            }
        }
        return new Result(List.copyOf(pairs), List.copyOf(strays));
    }

    private void step(String text, int i, Deque<Open> stack, List<Pair> pairs, List<Integer> strays) {
        char c = text.charAt(i);
        boolean left = QuoteMarks.leftFlanking(text, i);
        boolean right = QuoteMarks.rightFlanking(text, i);
        int depth = QuoteMarks.isOpenOnly(c) || (left && !right) ? -1 : matchDepth(stack, c);
        if (depth >= 0) {
            for (int d = 0; d < depth; d++) stack.pop();
            Open open = stack.pop();
            if (stack.isEmpty()) addPair(text, open.pos(), i, pairs);
        } else if (left && QuoteMarks.canOpen(c)) {
            dropSameKind(stack, c);
            stack.push(new Open(c, i));
        } else if (right && stack.isEmpty() && QuoteMarks.isDouble(c)) {
            strays.add(i);
        }
    }

    /** The next paragraph after the line break at {@code i} opens with {@code mark}. */
    private static boolean reopens(String text, int i, char mark) {
        int k = i;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        return k < text.length() && text.charAt(k) == mark && (QuoteMarks.isOpenOnly(mark) || mark == '»');
    }

    /** How many openers lie above the one that {@code close} closes; -1 when none does. */
    private static int matchDepth(Deque<Open> stack, char close) {
        int d = 0;
        for (Iterator<Open> it = stack.iterator(); it.hasNext(); d++) {
            if (QuoteMarks.closes(it.next().mark(), close)) return d;
        }
        return -1;
    }

    /** An opener of a kind already open means the earlier one lost its closer (German nests ‚…‘ in „…“). */
    private static void dropSameKind(Deque<Open> stack, char c) {
        if (stack.stream().noneMatch(o -> o.mark() == c)) return;
        Open popped;
        do {
            popped = stack.pop();
        } while (popped.mark() != c);
    }

    private void addPair(String text, int open, int close, List<Pair> pairs) {
        int b = open + 1;
        int e = close;
        while (b < e && Character.isWhitespace(text.charAt(b))) b++;
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > b && e - b <= maxChars) pairs.add(new Pair(open, close, new Span(b, e)));
    }
}
