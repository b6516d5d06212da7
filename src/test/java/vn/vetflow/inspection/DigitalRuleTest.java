package vn.vetflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The documented digital rule, condition by condition. */
class DigitalRuleTest {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    static Inspection inspection(boolean paper) {
        return new Inspection("KT-2026-0001", "TC-01", "Trường", "Kiểm tra", paper ? "PAPER" : "AD_HOC", null,
                "ON_SITE", InspectionStage.CLOSED, paper, null, "kt", "kt", AT, "1/QĐ", null, null, null, "2/KL", null,
                null, null, List.of(), null);
    }

    static InspectionDocument doc(String type, boolean inSystem, String channel, String signedBy, String lead,
                                  String institution) {
        return new InspectionDocument(1, "KT-2026-0001", type, null, null, inSystem, channel, "kt", AT, signedBy,
                signedBy == null ? null : AT, lead, lead == null ? null : AT, institution,
                institution == null ? null : AT, false, false);
    }

    static List<InspectionDocument> complete() {
        return new ArrayList<>(List.of(
                doc("DECISION", true, null, "lanhdao", null, null),
                doc("PLAN", true, null, null, null, null),
                doc("NOTICE", true, "SYSTEM", null, null, null),
                doc("SELF_ASSESSMENT", true, "SYSTEM", null, null, null),
                doc("MINUTES", true, "SYSTEM", null, "kiemtra", "coso"),
                doc("REPORT", true, null, null, null, null),
                doc("CONCLUSION", true, "SYSTEM", "lanhdao", null, null)));
    }

    static final List<InspectionFile> EVIDENCE = List.of(new InspectionFile(1, "KT-2026-0001", "EVIDENCE", 1L,
            "a.pdf", "application/pdf", 10, "coso", AT));

    @Test
    void everythingInTheSystemIsDigital() {
        DigitalRule.Result result = DigitalRule.classify(inspection(false), complete(), EVIDENCE);
        assertThat(result.digital()).isTrue();
        assertThat(result.reasons()).containsExactly("inspection.rule.decision.met", "inspection.rule.plan.met",
                "inspection.rule.notice.met", "inspection.rule.evidence.met", "inspection.rule.minutes.met",
                "inspection.rule.report.met", "inspection.rule.conclusion.met");
    }

    @Test
    void eachMissingConditionMakesItNotDigitalAndSaysWhich() {
        check("decision", docs -> replace(docs, doc("DECISION", true, null, null, null, null)), EVIDENCE);
        check("plan", docs -> remove(docs, "PLAN"), EVIDENCE);
        check("notice", docs -> replace(docs, doc("NOTICE", true, "PAPER", null, null, null)), EVIDENCE);
        check("evidence", docs -> docs, List.of());
        check("evidence", docs -> remove(docs, "SELF_ASSESSMENT"), EVIDENCE);
        check("minutes", docs -> replace(docs, doc("MINUTES", true, "SYSTEM", null, "kiemtra", null)), EVIDENCE);
        check("minutes", docs -> replace(docs, doc("MINUTES", true, "SYSTEM", null, null, "coso")), EVIDENCE);
        check("report", docs -> remove(docs, "REPORT"), EVIDENCE);
        check("conclusion", docs -> replace(docs, doc("CONCLUSION", true, null, "lanhdao", null, null)), EVIDENCE);
        check("conclusion", docs -> replace(docs, doc("CONCLUSION", true, "SYSTEM", null, null, null)), EVIDENCE);
    }

    @Test
    void minutesTheInstitutionDidNotSignCountWithTheTeamsWitnessRecordDrawnUpAndSignedInTheSystem() {
        List<InspectionDocument> witnessed = replace(complete(), doc("MINUTES", true, "SYSTEM", null, "kiemtra", null));
        witnessed.add(doc("WITNESS_RECORD", true, null, "kiemtra", null, null));
        assertThat(DigitalRule.classify(inspection(false), witnessed, EVIDENCE).digital()).isTrue();
        check("minutes", docs -> {
            replace(docs, doc("MINUTES", true, "SYSTEM", null, "kiemtra", null));
            docs.add(doc("WITNESS_RECORD", false, null, "kiemtra", null, null)); // registered from paper
            return docs;
        }, EVIDENCE);
        check("minutes", docs -> {
            replace(docs, doc("MINUTES", true, "SYSTEM", null, "kiemtra", null));
            docs.add(doc("WITNESS_RECORD", true, null, null, null, null)); // not signed
            return docs;
        }, EVIDENCE);
    }

    @Test
    void aPaperInspectionNeverCounts() {
        DigitalRule.Result result = DigitalRule.classify(inspection(true), complete(), EVIDENCE);
        assertThat(result.digital()).isFalse();
        assertThat(result.reasons()).containsExactly("inspection.rule.paper");
    }

    @Test
    void theLatestDraftCounts() {
        List<InspectionDocument> docs = complete();
        docs.add(doc("CONCLUSION", true, null, null, null, null)); // a newer, unapproved draft
        assertThat(DigitalRule.classify(inspection(false), docs, EVIDENCE).reasons())
                .contains("inspection.rule.conclusion.unmet");
    }

    private static void check(String condition, UnaryOperator<List<InspectionDocument>> change,
                              List<InspectionFile> files) {
        DigitalRule.Result result = DigitalRule.classify(inspection(false), change.apply(complete()), files);
        assertThat(result.digital()).as(condition).isFalse();
        assertThat(result.reasons()).as(condition).contains("inspection.rule." + condition + ".unmet")
                .filteredOn(r -> r.endsWith(".unmet")).hasSize(1);
    }

    private static List<InspectionDocument> remove(List<InspectionDocument> docs, String type) {
        docs.removeIf(d -> d.type().equals(type));
        return docs;
    }

    private static List<InspectionDocument> replace(List<InspectionDocument> docs, InspectionDocument with) {
        remove(docs, with.type());
        docs.add(with);
        return docs;
    }
}
