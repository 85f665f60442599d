package ekg.graph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.util.regex.Pattern;

/** Typed literals, with dates at the precision the input gives: a year, a month or a day. */
public final class Literals {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");

    private Literals() {
    }

    public static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    public static Node bool(boolean v) {
        return NodeFactory.createLiteralDT(Boolean.toString(v), XSDDatatype.XSDboolean);
    }

    public static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    public static Node german(String s) {
        return NodeFactory.createLiteralLang(s, "de");
    }

    public static Node lang(String s, String lang) {
        return NodeFactory.createLiteralLang(s, lang);
    }

    /** {@code xsd:gYear}, {@code xsd:gYearMonth}, {@code xsd:date} or {@code xsd:dateTime}; a plain string otherwise. */
    public static Node date(String iso) {
        String s = iso.strip();
        if (DAY.matcher(s).matches()) return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdate);
        if (MONTH.matcher(s).matches()) return NodeFactory.createLiteralDT(s, XSDDatatype.XSDgYearMonth);
        if (YEAR.matcher(s).matches()) return NodeFactory.createLiteralDT(s, XSDDatatype.XSDgYear);
        if (DATE_TIME.matcher(s).matches()) {
            String full = s.length() == 16 ? s + ":00" : s;
            return NodeFactory.createLiteralDT(full, XSDDatatype.XSDdateTime);
        }
        return string(s);
    }

    public static Node dateTime(java.time.Instant t) {
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
    }
}
