package vn.vetflow.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The shape of a catalogue file as Jackson reads it. Everything is nullable here so that a missing
 * field is reported by {@link CatalogueValidator} instead of turning silently into 0 or false.
 */
final class CatalogueYaml {

    private CatalogueYaml() {
    }

    record ProcedureEntry(String id, List<VersionEntry> versions) {
    }

    record VersionEntry(Integer version, LocalDate effectiveFrom, LocalDate effectiveTo,
                        String nationalCode, String name, String nameEn, String field, String fieldCode,
                        List<String> legalBasis, CompetentBody competentBody, String competentBodyName,
                        String agencyCode, ServiceLevel serviceLevel, Integer deadlineDays,
                        Integer refusalDays, Map<String, StepEntry> steps, List<String> escalationGroups,
                        Boolean fieldCheck, SupplementEntry supplement, PaymentEntry payment,
                        List<FeeEntry> fees, List<ComponentEntry> components, String applicationForm,
                        ResultEntry result, Integer departmentDays, List<String> toConfirm,
                        List<String> applicants, List<String> conditions, List<String> applicantSteps,
                        Integer copies, List<SubmissionChannel> channels, List<SubmissionChannel> resultReturn) {
    }

    record StepEntry(Integer days, List<String> groups) {
    }

    record SupplementEntry(Integer maxRounds, Integer answerWithinDays) {
    }

    record PaymentEntry(Integer answerWithinDays) {
    }

    record FeeEntry(String name, Long amountVnd) {
    }

    record ComponentEntry(String code, String name, Boolean required, List<String> fileTypes,
                          Integer maxSizeMb, String template) {
    }

    record ResultEntry(String name, String numberPrefix) {
    }
}
