package ekg.ingest.opennlp;

import ekg.ingest.doc.Doc;
import ekg.ingest.doc.Layer;
import ekg.ingest.doc.Sentence;
import ekg.ingest.doc.Span;
import ekg.ingest.pipeline.Stage;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences with OpenNLP's German model, within lines: a line break always ends a
 * sentence, because news text puts headings and page furniture on lines of their own without a stop;
 * a stop the model splits at but German puts inside a sentence ({@link FalseStops}) does not.
 */
public final class SentenceStage implements Stage {
    private final ThreadSafeSentenceDetectorME detector = new ThreadSafeSentenceDetectorME(OpenNlpModels.sentences());

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Doc process(Doc doc) {
        String text = doc.text();
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            addLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return doc.withSentences(out);
    }

    private void addLine(String text, int begin, int end, List<Sentence> out) {
        String line = text.substring(begin, end);
        if (line.isBlank()) return;
        Span open = null;
        for (opennlp.tools.util.Span s : detector.sentPosDetect(line)) {
            Span span = trim(text, begin + s.getStart(), begin + s.getEnd());
            if (span.length() == 0) continue;
            if (open != null && FalseStops.joins(text, open.end(), span.begin())) {
                open = new Span(open.begin(), span.end());
                continue;
            }
            if (open != null) out.add(new Sentence(open));
            open = span;
        }
        if (open != null) out.add(new Sentence(open));
    }

    static Span trim(String text, int b, int e) {
        while (b < e && Character.isWhitespace(text.charAt(b))) b++;
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
        return new Span(b, e);
    }
}
