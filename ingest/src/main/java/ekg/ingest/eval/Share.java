package ekg.ingest.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares printed with three decimals as the reference scorers print them (a tie rounds to even). */
final class Share {
    private Share() {}

    static String of(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
