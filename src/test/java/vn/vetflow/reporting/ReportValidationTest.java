package vn.vetflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import vn.vetflow.shared.Violation;

/** The template's rules on typed figures, and the jumps flagged for the reviewer. */
class ReportValidationTest {

    static final ReportTemplate TEMPLATE = new ReportTemplate("test", false, List.of(
            new ReportTemplate.Figure("teachers", null, null, null),
            new ReportTemplate.Figure("teachersTrained", "teachers", null, null),
            new ReportTemplate.Figure("connected", null, true, null),
            new ReportTemplate.Figure("sharePercent", null, null, true)),
            List.of(new ReportTemplate.Table("enrolment")));
    static final List<String> ROWS = List.of("COLLEGE|6480201");

    private static Map<String, Object> valid() {
        Map<String, Object> sent = new HashMap<>(Map.of("teachers", "40", "teachersTrained", "30", "connected", "1",
                "sharePercent", "75", "t.enrolment.COLLEGE|6480201", "120"));
        return sent;
    }

    private static List<String> fields(ReportValidation.Checked checked) {
        return checked.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteReportWithinTheRulesPasses() {
        ReportValidation.Checked checked = ReportValidation.check(TEMPLATE, valid(), ROWS, true);
        assertThat(checked.violations()).isEmpty();
        assertThat(checked.figures()).containsEntry(new FigureKey("enrolment", "COLLEGE|6480201"), new BigDecimal("120"))
                .containsEntry(FigureKey.single("teachers"), new BigDecimal("40"));
    }

    @Test
    void wholeNonNegativeNumbersOnly() {
        for (String wrong : List.of("-1", "2.5", "abc", "1e3x")) {
            Map<String, Object> sent = valid();
            sent.put("teachers", wrong);
            ReportValidation.Checked checked = ReportValidation.check(TEMPLATE, sent, ROWS, true);
            assertThat(checked.violations()).as(wrong)
                    .contains(Violation.of("teachers", "reporting.error.wholeNumber"));
            assertThat(checked.figures()).doesNotContainKey(FigureKey.single("teachers"));
        }
        Map<String, Object> decimalZero = valid();
        decimalZero.put("teachers", new BigDecimal("40.00"));
        assertThat(ReportValidation.check(TEMPLATE, decimalZero, ROWS, true).violations()).isEmpty();
    }

    @Test
    void aFigureCannotExceedTheOneItIsPartOf() {
        Map<String, Object> sent = valid();
        sent.put("teachersTrained", "41");
        ReportValidation.Checked checked = ReportValidation.check(TEMPLATE, sent, ROWS, true);
        assertThat(fields(checked)).containsExactly("teachersTrained");
        Violation violation = checked.violations().get(0);
        assertThat(violation.messageKey()).isEqualTo("reporting.error.atMost");
        assertThat(((MessageSourceResolvable) violation.args().get(0)).getCodes()).containsExactly("reporting.figure.teachers");
        assertThat(violation.args().get(1)).isEqualTo("40");
        sent.put("teachersTrained", "40");
        assertThat(ReportValidation.check(TEMPLATE, sent, ROWS, true).violations()).isEmpty();
    }

    @Test
    void yesNoIsZeroOrOneAndPercentagesStayInRange() {
        Map<String, Object> sent = valid();
        sent.put("connected", "2");
        sent.put("sharePercent", "101");
        assertThat(ReportValidation.check(TEMPLATE, sent, ROWS, true).violations()).containsExactlyInAnyOrder(
                Violation.of("connected", "reporting.error.yesNo"), Violation.of("sharePercent", "reporting.error.percent"));
        sent.put("connected", "0");
        sent.put("sharePercent", "100");
        assertThat(ReportValidation.check(TEMPLATE, sent, ROWS, true).violations()).isEmpty();
    }

    @Test
    void aSubmissionNeedsEveryFigureAndCellADraftDoesNot() {
        Map<String, Object> partial = new HashMap<>(Map.of("teachers", "40"));
        assertThat(fields(ReportValidation.check(TEMPLATE, partial, ROWS, true))).containsExactlyInAnyOrder(
                "teachersTrained", "connected", "sharePercent", "t.enrolment.COLLEGE|6480201");
        ReportValidation.Checked draft = ReportValidation.check(TEMPLATE, partial, ROWS, false);
        assertThat(draft.violations()).isEmpty();
        assertThat(draft.figures()).containsOnlyKeys(FigureKey.single("teachers"));
    }

    @Test
    void jumpsBeyondTheThresholdAreFlaggedBothWays() {
        Map<FigureKey, BigDecimal> previous = Map.of(FigureKey.single("teachers"), new BigDecimal("40"),
                FigureKey.single("learners"), new BigDecimal("100"), FigureKey.single("online"), BigDecimal.ZERO,
                FigureKey.single("programmes"), new BigDecimal("10"));
        Map<FigureKey, BigDecimal> current = Map.of(FigureKey.single("teachers"), new BigDecimal("60"),
                FigureKey.single("learners"), new BigDecimal("151"), FigureKey.single("online"), new BigDecimal("3"),
                FigureKey.single("programmes"), new BigDecimal("4"), FigureKey.single("newFigure"), new BigDecimal("9"));
        Map<FigureKey, FigureJumps.Jump> flags = FigureJumps.flags(current, previous, 50);
        // 40 → 60 is +50%: at the threshold, not beyond it.
        assertThat(flags).containsOnlyKeys(FigureKey.single("learners"), FigureKey.single("online"),
                FigureKey.single("programmes"));
        assertThat(flags.get(FigureKey.single("learners")).percent()).isEqualTo(51);
        assertThat(flags.get(FigureKey.single("programmes")).percent()).isEqualTo(-60);
        assertThat(flags.get(FigureKey.single("online")).percent()).isNull();
    }
}
