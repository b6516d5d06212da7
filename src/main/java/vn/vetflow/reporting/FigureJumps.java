package vn.vetflow.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Figures that changed by more than the threshold against the institution's previous accepted report: shown
 * to the reviewer as flags, never refused (a new programme can double a small figure honestly). A figure
 * that was 0 and is no longer is flagged too; a figure absent from the previous report is not compared.
 */
final class FigureJumps {

    private FigureJumps() {
    }

    /** A flagged change; {@code percent} rounded, null when the previous figure was 0. */
    record Jump(BigDecimal previous, BigDecimal current, Integer percent) {
    }

    static Map<FigureKey, Jump> flags(Map<FigureKey, BigDecimal> current, Map<FigureKey, BigDecimal> previous,
                                     int thresholdPercent) {
        Map<FigureKey, Jump> flags = new LinkedHashMap<>();
        current.forEach((key, now) -> {
            BigDecimal before = previous.get(key);
            if (before == null || before.compareTo(now) == 0) {
                return;
            }
            if (before.signum() == 0) {
                flags.put(key, new Jump(before, now, null));
                return;
            }
            BigDecimal change = now.subtract(before).abs().multiply(BigDecimal.valueOf(100))
                    .divide(before, 0, RoundingMode.HALF_UP);
            if (change.compareTo(BigDecimal.valueOf(thresholdPercent)) > 0) {
                flags.put(key, new Jump(before, now, now.compareTo(before) > 0 ? change.intValue() : -change.intValue()));
            }
        });
        return flags;
    }
}
