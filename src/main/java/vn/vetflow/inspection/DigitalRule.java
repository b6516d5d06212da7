package vn.vetflow.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The documented rule (README, "Digital inspections"): an inspection counts as carried out in the digital
 * environment when every one of these holds, each checked on what the system recorded:
 * <ol>
 *   <li>decision: drafted in the system and signed there by the leader;</li>
 *   <li>plan: drawn up in the system;</li>
 *   <li>notice: drawn up in the system and sent to the institution through it (not on paper);</li>
 *   <li>evidence: the institution's self-assessment submitted in the system with at least one evidence file;</li>
 *   <li>minutes: drawn up in the system and acknowledged there by the team lead and the institution, or, when
 *       the institution refused or stayed silent past its limit, by the team lead with a witness record drawn
 *       up and signed in the system (the minutes stand with those signatures);</li>
 *   <li>report: drawn up in the system;</li>
 *   <li>conclusion: drawn up in the system, approved there by the leader and published to the institution
 *       through it.</li>
 * </ol>
 * An inspection registered from paper never counts. Each reason is a message key
 * {@code inspection.rule.<condition>.met} or {@code .unmet} (or {@code inspection.rule.paper}).
 */
final class DigitalRule {

    static final List<String> CONDITIONS = List.of("decision", "plan", "notice", "evidence", "minutes", "report",
            "conclusion");

    record Result(boolean digital, List<String> reasons) {
    }

    private DigitalRule() {
    }

    static Result classify(Inspection inspection, List<InspectionDocument> documents, List<InspectionFile> files) {
        if (inspection.paper()) {
            return new Result(false, List.of("inspection.rule.paper"));
        }
        List<String> reasons = new ArrayList<>();
        boolean all = true;
        for (String condition : CONDITIONS) {
            boolean met = switch (condition) {
                case "decision" -> last(documents, "DECISION").filter(d -> d.inSystem() && d.signedBy() != null)
                        .isPresent();
                case "plan" -> last(documents, "PLAN").filter(InspectionDocument::inSystem).isPresent();
                case "notice" -> last(documents, "NOTICE").filter(d -> d.inSystem() && "SYSTEM".equals(d.channel()))
                        .isPresent();
                case "evidence" -> last(documents, "SELF_ASSESSMENT").filter(InspectionDocument::inSystem).isPresent()
                        && files.stream().anyMatch(f -> "EVIDENCE".equals(f.purpose()));
                case "minutes" -> last(documents, "MINUTES").filter(d -> d.inSystem() && d.leadAcknowledgedBy() != null
                        && (d.institutionAcknowledgedBy() != null || witnessedInSystem(documents))).isPresent();
                case "report" -> last(documents, "REPORT").filter(InspectionDocument::inSystem).isPresent();
                case "conclusion" -> last(documents, "CONCLUSION").filter(d -> d.inSystem() && d.signedBy() != null
                        && "SYSTEM".equals(d.channel())).isPresent();
                default -> false;
            };
            reasons.add("inspection.rule." + condition + (met ? ".met" : ".unmet"));
            all &= met;
        }
        return new Result(all, reasons);
    }

    /** The institution did not sign: the team's witness record stands for its acknowledgement. */
    private static boolean witnessedInSystem(List<InspectionDocument> documents) {
        return last(documents, "WITNESS_RECORD").filter(d -> d.inSystem() && d.signedBy() != null).isPresent();
    }

    private static Optional<InspectionDocument> last(List<InspectionDocument> documents, String type) {
        return documents.stream().filter(d -> d.type().equals(type)).reduce((a, b) -> b);
    }
}
