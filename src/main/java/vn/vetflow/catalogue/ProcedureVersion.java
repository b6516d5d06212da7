package vn.vetflow.catalogue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a procedure, valid over a range of days. A law change is a new version; a dossier
 * keeps the version it started with.
 *
 * @param effectiveFrom first day the version applies (inclusive)
 * @param effectiveTo   last day the version applies (inclusive), or {@code null} when open-ended
 * @param nationalCode  code in the national procedure database, or {@code null} for a local procedure
 * @param nameEn        English name, or {@code null} when none is given
 * @param fieldCode     short code of the field, or {@code null}
 * @param competentBodyName name of the deciding body, or {@code null}
 * @param agencyCode    code of the receiving agency; prefixes dossier codes
 * @param deadlineDays  working days from a complete, valid receipt to the result
 * @param refusalDays   working days within which a refusal is answered in writing
 * @param steps         step budgets by {@link StepKeys key}, in running order; their days add up to
 *                      {@code deadlineDays}
 * @param escalationGroups Camunda groups that receive overdue escalations
 * @param fieldCheck    whether the specialist may order a field check
 * @param fees          fee lines; empty when the procedure is free
 * @param applicationForm id of the application form ({@code forms/applications/<id>.form})
 * @param departmentDays the Department's appraisal period as the law states it, when the provincial
 *                      Chairman decides on that appraisal: the reception, appraisal and approval budgets
 *                      add up to it, and the Chairman's own budget comes on top; {@code null} otherwise
 * @param toConfirm     facts of this version nobody could confirm from a law text yet ("chưa xác nhận"),
 *                      shown on the procedure page
 * @param guide         what the portal tells the applicant (who may apply, conditions, channels, ...)
 */
public record ProcedureVersion(String procedureId, int version, LocalDate effectiveFrom,
                               LocalDate effectiveTo, String nationalCode, String name, String nameEn,
                               String field, String fieldCode, List<String> legalBasis,
                               CompetentBody competentBody, String competentBodyName,
                               String agencyCode, ServiceLevel serviceLevel, int deadlineDays,
                               int refusalDays, Map<String, StepBudget> steps,
                               List<String> escalationGroups, boolean fieldCheck,
                               SupplementRule supplement, PaymentRule payment, List<Fee> fees,
                               List<DossierComponent> components, String applicationForm,
                               ResultDocument result, Integer departmentDays, List<String> toConfirm,
                               ApplicantGuide guide) {

    /** A version without a separate Department budget, unconfirmed facts or applicant guide (tests, tools). */
    public ProcedureVersion(String procedureId, int version, LocalDate effectiveFrom, LocalDate effectiveTo,
                            String nationalCode, String name, String nameEn, String field, String fieldCode,
                            List<String> legalBasis, CompetentBody competentBody, String competentBodyName,
                            String agencyCode, ServiceLevel serviceLevel, int deadlineDays, int refusalDays,
                            Map<String, StepBudget> steps, List<String> escalationGroups, boolean fieldCheck,
                            SupplementRule supplement, PaymentRule payment, List<Fee> fees,
                            List<DossierComponent> components, String applicationForm, ResultDocument result) {
        this(procedureId, version, effectiveFrom, effectiveTo, nationalCode, name, nameEn, field, fieldCode,
                legalBasis, competentBody, competentBodyName, agencyCode, serviceLevel, deadlineDays, refusalDays,
                steps, escalationGroups, fieldCheck, supplement, payment, fees, components, applicationForm, result,
                null, List.of(), ApplicantGuide.DEFAULT);
    }

    public ProcedureVersion {
        Objects.requireNonNull(procedureId, "procedureId");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(competentBody, "competentBody");
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        Objects.requireNonNull(supplement, "supplement");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(result, "result");
        legalBasis = List.copyOf(legalBasis);
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        escalationGroups = List.copyOf(escalationGroups);
        fees = List.copyOf(fees);
        components = List.copyOf(components);
        toConfirm = List.copyOf(toConfirm);
        Objects.requireNonNull(guide, "guide");
    }

    /** This version ending on the given day, because a later version was published from that day on. */
    public ProcedureVersion endingOn(LocalDate lastDay) {
        return new ProcedureVersion(procedureId, version, effectiveFrom, lastDay, nationalCode, name, nameEn, field,
                fieldCode, legalBasis, competentBody, competentBodyName, agencyCode, serviceLevel, deadlineDays,
                refusalDays, steps, escalationGroups, fieldCheck, supplement, payment, fees, components,
                applicationForm, result, departmentDays, toConfirm, guide);
    }

    /** Whether some fact of this version is still marked "to confirm". */
    public boolean hasUnconfirmedFacts() {
        return !toConfirm.isEmpty();
    }

    /** Sum of all fee lines in dong; 0 when the procedure is free. */
    public long totalFeeVnd() {
        return fees.stream().mapToLong(Fee::amountVnd).sum();
    }

    /** Whether the applicant has something to pay before processing goes on. */
    public boolean feeRequired() {
        return totalFeeVnd() > 0;
    }

    /** Whether the provincial Chairman decides, on the Department's appraisal. */
    public boolean chairmanDecisionRequired() {
        return competentBody == CompetentBody.PROVINCIAL_CHAIRMAN;
    }

    /** The budget of the step with this {@link StepKeys key}, if the procedure has that step. */
    public Optional<StepBudget> step(String key) {
        return Optional.ofNullable(steps.get(key));
    }

    /** Whether this version applies on the given day; both ends of the range are inclusive. */
    public boolean isEffectiveOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** The dossier component with this code. */
    public Optional<DossierComponent> component(String code) {
        return components.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
