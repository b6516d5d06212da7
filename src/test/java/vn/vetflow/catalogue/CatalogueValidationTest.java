package vn.vetflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per validation rule: a valid procedure with one thing broken, and the exact message that
 * names the file, the procedure, the version and the field.
 */
class CatalogueValidationTest {

    private static final String VALID = """
            id: T1
            versions:
              - version: 1
                effectiveFrom: 2025-03-01
                name: "Thủ tục thử nghiệm"
                field: "Giáo dục nghề nghiệp"
                competentBody: DEPARTMENT
                agencyCode: "000.00.25.H65"
                deadlineDays: 10
                refusalDays: 5
                steps:
                  reception: { days: 1, groups: [reception] }
                  appraisal: { days: 6, groups: [specialist] }
                  approval:  { days: 2, groups: [leader] }
                  result:    { days: 1, groups: [reception] }
                supplement: { maxRounds: 2, answerWithinDays: 15 }
                payment: { answerWithinDays: 5 }
                fees: []
                components:
                  - { code: DON, name: "Đơn đề nghị", fileTypes: [pdf], maxSizeMb: 10 }
                applicationForm: application-t1
                result: { name: "Giấy chứng nhận", numberPrefix: "GCN" }
            """;

    @TempDir
    Path dir;

    private Predicate<String> formExists = form -> true;
    private String prefix;

    @BeforeEach
    void setUp() {
        prefix = dir.resolve("T1.yaml") + ": procedure T1 version 1: ";
    }

    // --- the valid file and its defaults ---

    @Test
    void theValidFileLoadsWithDefaultsForWhatItLeavesOut() throws IOException {
        write("T1.yaml", VALID);
        ProcedureVersion v = load().get(0).versions().get(0);
        assertThat(v.procedureId()).isEqualTo("T1");
        assertThat(v.serviceLevel()).isEqualTo(ServiceLevel.PARTLY_ONLINE);
        assertThat(v.escalationGroups()).containsExactly("leader");
        assertThat(v.fieldCheck()).isFalse();
        assertThat(v.nationalCode()).isNull();
        assertThat(v.legalBasis()).isEmpty();
        assertThat(v.feeRequired()).isFalse();
        assertThat(v.component("DON")).hasValueSatisfying(c -> {
            assertThat(c.required()).isTrue();
            assertThat(c.template()).isNull();
        });
    }

    @Test
    void leftOutRulesTakeTheirDocumentedDefaults() throws IOException {
        write("T1.yaml", VALID.replace("    refusalDays: 5\n", "")
                .replace("    supplement: { maxRounds: 2, answerWithinDays: 15 }\n", "")
                .replace("    payment: { answerWithinDays: 5 }\n", "")
                .replace("    fees: []\n", ""));
        ProcedureVersion v = load().get(0).versions().get(0);
        assertThat(v.refusalDays()).isEqualTo(v.deadlineDays());
        assertThat(v.supplement()).isEqualTo(SupplementRule.DEFAULT);
        assertThat(v.payment()).isEqualTo(PaymentRule.DEFAULT);
        assertThat(v.fees()).isEmpty();
    }

    // --- required fields ---

    @ParameterizedTest
    @ValueSource(strings = {"effectiveFrom", "name", "field", "competentBody", "agencyCode", "deadlineDays", "steps",
            "components", "applicationForm", "result"})
    void aRequiredFieldIsMissing(String field) {
        List<String> problems = brokenFile(withoutKey(field)).getProblems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith(prefix + field + ": missing");
    }

    @Test
    void theVersionNumberIsMissing() {
        assertThat(brokenMessage("  - version: 1\n    effectiveFrom:", "  - effectiveFrom:"))
                .isEqualTo(dir.resolve("T1.yaml") + ": procedure T1 version at position 1: version: missing");
    }

    @Test
    void theIdIsMissing() {
        assertThat(brokenMessage("id: T1\n", "")).isEqualTo(dir.resolve("T1.yaml") + ": procedure (no id): id: missing");
    }

    @Test
    void aRequiredTextIsBlank() {
        assertThat(brokenMessage("name: \"Thủ tục thử nghiệm\"", "name: \"  \""))
                .isEqualTo(prefix + "name: must not be blank");
    }

    @Test
    void aVersionWithoutVersionsIsRejected() {
        assertThat(brokenFile("id: T1\nversions: []\n").getMessage())
                .isEqualTo(dir.resolve("T1.yaml") + ": procedure T1: versions: missing: a procedure needs at least one version");
    }

    // --- numbers ---

    @Test
    void deadlineDaysMustBePositive() {
        assertThat(brokenMessage("deadlineDays: 10", "deadlineDays: 0"))
                .isEqualTo(prefix + "deadlineDays: must be more than 0, was 0");
    }

    @Test
    void refusalDaysMustNotBeNegative() {
        assertThat(brokenMessage("refusalDays: 5", "refusalDays: -1"))
                .isEqualTo(prefix + "refusalDays: must be 0 or more, was -1");
    }

    @Test
    void versionNumbersStartAtOne() {
        assertThat(brokenMessage("- version: 1", "- version: 0"))
                .isEqualTo(dir.resolve("T1.yaml") + ": procedure T1 version 0: version: must be 1 or more, was 0");
    }

    // --- steps ---

    @Test
    void stepBudgetsMustAddUpToTheDeadline() {
        assertThat(brokenMessage("appraisal: { days: 6,", "appraisal: { days: 5,"))
                .isEqualTo(prefix + "steps: the step budgets add up to 9 working days but deadlineDays is 10");
    }

    @Test
    void aStepBudgetMustNotBeNegative() {
        assertThat(brokenMessage("result:    { days: 1,", "result:    { days: -1,"))
                .isEqualTo(prefix + "steps.result.days: must be 0 or more, was -1");
    }

    @Test
    void aStepBudgetNeedsItsDays() {
        assertThat(brokenMessage("result:    { days: 1, groups: [reception] }", "result:    { groups: [reception] }"))
                .isEqualTo(prefix + "steps.result.days: missing");
    }

    @Test
    void anUnknownStepKeyIsRejected() {
        assertThat(VALID).contains("approval:  {");
        assertThat(brokenFile(VALID.replace("approval:  {", "review:  {")).getProblems()).containsExactly(
                prefix + "steps.review: unknown step; known steps: reception, appraisal, approval, chairman, result",
                prefix + "steps.approval: missing");
    }

    @Test
    void everyUsualStepIsRequired() {
        CatalogueException e = brokenFile(VALID.replace("      approval:  { days: 2, groups: [leader] }\n", "")
                .replace("appraisal: { days: 6,", "appraisal: { days: 8,"));
        assertThat(e.getMessage()).isEqualTo(prefix + "steps.approval: missing");
    }

    @Test
    void theChairmanDecidesSoTheChairmanStepIsRequired() {
        assertThat(brokenMessage("competentBody: DEPARTMENT", "competentBody: PROVINCIAL_CHAIRMAN"))
                .isEqualTo(prefix + "steps.chairman: missing: competentBody is PROVINCIAL_CHAIRMAN, so the submission"
                        + " to the Chairman and the wait for the decision need their own budget");
    }

    @Test
    void theDepartmentDecidesSoThereIsNoChairmanStep() {
        assertThat(brokenMessage("      result:    {", "      chairman:  { days: 0, groups: [leader] }\n      result:    {"))
                .isEqualTo(prefix + "steps.chairman: only allowed when competentBody is PROVINCIAL_CHAIRMAN, here it is DEPARTMENT");
    }

    @Test
    void aChairmanProcedureWithItsStepLoads() throws IOException {
        write("T1.yaml", VALID.replace("competentBody: DEPARTMENT", "competentBody: PROVINCIAL_CHAIRMAN")
                .replace("appraisal: { days: 6,", "appraisal: { days: 4,")
                .replace("      result:    {", "      chairman:  { days: 2, groups: [leader] }\n      result:    {"));
        ProcedureVersion v = load().get(0).versions().get(0);
        assertThat(v.chairmanDecisionRequired()).isTrue();
        assertThat(v.steps().keySet()).containsExactly("reception", "appraisal", "approval", "chairman", "result");
    }

    /** A Chairman procedure whose Department appraises within 7 days and the Chairman decides in 2 more. */
    private static final String CHAIRMAN_ON_APPRAISAL = VALID
            .replace("competentBody: DEPARTMENT", "competentBody: PROVINCIAL_CHAIRMAN")
            .replace("deadlineDays: 10", "departmentDays: 7\n    deadlineDays: 10")
            .replace("appraisal: { days: 6,", "appraisal: { days: 4,")
            .replace("      result:    {", "      chairman:  { days: 2, groups: [specialist] }\n      result:    {");

    @Test
    void theDepartmentsAppraisalAndTheChairmansDecisionAreSeparateBudgets() throws IOException {
        write("T1.yaml", CHAIRMAN_ON_APPRAISAL);
        ProcedureVersion v = load().get(0).versions().get(0);
        assertThat(v.departmentDays()).isEqualTo(7);
        assertThat(v.step(StepKeys.CHAIRMAN)).contains(new StepBudget(2, List.of("specialist")));
    }

    @Test
    void theDepartmentsStepsMustFillItsAppraisalPeriodExactly() {
        assertThat(brokenMessage(CHAIRMAN_ON_APPRAISAL, "departmentDays: 7", "departmentDays: 8"))
                .isEqualTo(prefix + "steps: the Department's steps (reception, appraisal, approval) add up to 7 working"
                        + " days but departmentDays is 8");
    }

    @Test
    void theChairmanCannotBeSqueezedIntoTheDepartmentsDays() {
        String squeezed = CHAIRMAN_ON_APPRAISAL.replace("chairman:  { days: 2,", "chairman:  { days: 0,")
                .replace("appraisal: { days: 4,", "appraisal: { days: 6,");
        assertThat(brokenMessage(squeezed, "departmentDays: 7", "departmentDays: 9"))
                .isEqualTo(prefix + "steps.chairman.days: must be 1 or more: the Chairman's decision has its own budget"
                        + " on top of the Department's 9 days");
    }

    @Test
    void departmentDaysOnlyWhenTheChairmanDecides() {
        assertThat(brokenMessage("deadlineDays: 10", "departmentDays: 9\n    deadlineDays: 10"))
                .isEqualTo(prefix + "departmentDays: only allowed when competentBody is PROVINCIAL_CHAIRMAN (the"
                        + " Department's appraisal period before the Chairman decides)");
    }

    @Test
    void unconfirmedFactsAndTheApplicantGuideLoadAndAreChecked() throws IOException {
        write("T1.yaml", VALID.replace("fees: []", "fees: []\n    toConfirm: [\"Thời hạn giải quyết\"]\n"
                + "    copies: 2\n    channels: [ONLINE]\n    applicants: [\"Trường trung cấp\"]"));
        ProcedureVersion v = load().get(0).versions().get(0);
        assertThat(v.toConfirm()).containsExactly("Thời hạn giải quyết");
        assertThat(v.guide().copies()).isEqualTo(2);
        assertThat(v.guide().channels()).containsExactly(SubmissionChannel.ONLINE);
        assertThat(v.guide().resultReturn()).containsExactly(SubmissionChannel.values());
        assertThat(brokenMessage("fees: []", "fees: []\n    channels: [ONLINE, ONLINE]"))
                .isEqualTo(prefix + "channels: each of ONLINE, IN_PERSON, PUBLIC_POST at most once");
        assertThat(brokenMessage("fees: []", "fees: []\n    copies: 0")).isEqualTo(prefix + "copies: must be 1 or more, was 0");
        assertThat(brokenMessage("fees: []", "fees: []\n    toConfirm: [\" \"]"))
                .isEqualTo(prefix + "toConfirm[0]: must not be blank");
    }

    @Test
    void aStepNeedsAGroup() {
        assertThat(brokenMessage("groups: [specialist]", "groups: []"))
                .isEqualTo(prefix + "steps.appraisal.groups: at least one group is needed;"
                        + " known groups: reception, specialist, leader, admin");
    }

    @Test
    void aStepGroupMustBeKnown() {
        assertThat(brokenMessage("groups: [specialist]", "groups: [specialists]"))
                .isEqualTo(prefix + "steps.appraisal.groups: unknown group 'specialists';"
                        + " known groups: reception, specialist, leader, admin");
    }

    @Test
    void anEscalationGroupMustBeKnown() {
        assertThat(brokenMessage("    fees: []", "    escalationGroups: [director]\n    fees: []"))
                .isEqualTo(prefix + "escalationGroups: unknown group 'director'; known groups: reception, specialist, leader, admin");
    }

    // --- versions ---

    @Test
    void theRangeMustNotEndBeforeItStarts() {
        assertThat(brokenMessage("effectiveFrom: 2025-03-01", "effectiveFrom: 2025-03-01\n    effectiveTo: 2025-02-28"))
                .isEqualTo(prefix + "effectiveTo: 2025-02-28 is before effectiveFrom 2025-03-01");
    }

    @Test
    void overlappingVersionsAreRejected() {
        String second = VALID.substring(VALID.indexOf("  - version: 1"))
                .replace("- version: 1", "- version: 2").replace("effectiveFrom: 2025-03-01", "effectiveFrom: 2026-01-01");
        String twoVersions = VALID.replace("effectiveFrom: 2025-03-01", "effectiveFrom: 2025-03-01\n    effectiveTo: 2026-01-01")
                + second;
        assertThat(brokenFile(twoVersions).getMessage())
                .isEqualTo(dir.resolve("T1.yaml") + ": procedure T1 version 2: effectiveFrom: the range 2026-01-01 to open-ended"
                        + " overlaps version 1 (2025-03-01 to 2026-01-01); on any day at most one version may apply");
    }

    @Test
    void versionsThatMeetWithoutOverlapLoad() throws IOException {
        String second = VALID.substring(VALID.indexOf("  - version: 1"))
                .replace("- version: 1", "- version: 2").replace("effectiveFrom: 2025-03-01", "effectiveFrom: 2026-01-02");
        write("T1.yaml", VALID.replace("effectiveFrom: 2025-03-01", "effectiveFrom: 2025-03-01\n    effectiveTo: 2026-01-01")
                + second);
        assertThat(load().get(0).versions()).extracting(ProcedureVersion::version).containsExactly(1, 2);
    }

    @Test
    void versionNumbersAreUnique() {
        String second = VALID.substring(VALID.indexOf("  - version: 1")).replace("effectiveFrom: 2025-03-01", "effectiveFrom: 2026-01-02");
        String twice = VALID.replace("effectiveFrom: 2025-03-01", "effectiveFrom: 2025-03-01\n    effectiveTo: 2026-01-01") + second;
        assertThat(brokenFile(twice).getMessage())
                .isEqualTo(prefix + "version: version 1 is defined more than once");
    }

    // --- components ---

    @Test
    void componentCodesAreUnique() {
        assertThat(brokenMessage("      - { code: DON, name: \"Đơn đề nghị\", fileTypes: [pdf], maxSizeMb: 10 }",
                "      - { code: DON, name: \"Đơn đề nghị\", fileTypes: [pdf], maxSizeMb: 10 }\n"
                        + "      - { code: DON, name: \"Bản sao\", fileTypes: [pdf], maxSizeMb: 10 }"))
                .isEqualTo(prefix + "components[DON].code: 'DON' is used by more than one component");
    }

    @Test
    void aFileTypeMustBeAllowed() {
        assertThat(brokenMessage("fileTypes: [pdf]", "fileTypes: [pdf, exe]"))
                .isEqualTo(prefix + "components[DON].fileTypes: 'exe' is not allowed;"
                        + " allowed: pdf, jpg, jpeg, png, doc, docx, xls, xlsx");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 51})
    void theMaximumSizeIsBetween1And50Mb(int size) {
        assertThat(brokenMessage("maxSizeMb: 10", "maxSizeMb: " + size))
                .isEqualTo(prefix + "components[DON].maxSizeMb: must be between 1 and 50, was " + size);
    }

    // --- fees, supplement, payment ---

    @Test
    void aFeeAmountMustNotBeNegative() {
        assertThat(brokenMessage("fees: []", "fees: [ { name: \"Phí thẩm định\", amountVnd: -1 } ]"))
                .isEqualTo(prefix + "fees[0].amountVnd: must be 0 or more, was -1");
    }

    @Test
    void aFeeOfZeroIsListedButNotRequired() throws IOException {
        write("T1.yaml", VALID.replace("fees: []", "fees: [ { name: \"Lệ phí\", amountVnd: 0 } ]"));
        ProcedureVersion v = load().get(0).versions().get(0);
        assertThat(v.fees()).hasSize(1);
        assertThat(v.feeRequired()).isFalse();
    }

    @Test
    void atLeastOneSupplementRoundIsAllowed() {
        assertThat(brokenMessage("maxRounds: 2", "maxRounds: 0"))
                .isEqualTo(prefix + "supplement.maxRounds: must be 1 or more, was 0");
    }

    @Test
    void theApplicantHasAtLeastOneDayToPay() {
        assertThat(brokenMessage("payment: { answerWithinDays: 5 }", "payment: { answerWithinDays: 0 }"))
                .isEqualTo(prefix + "payment.answerWithinDays: must be 1 or more, was 0");
    }

    // --- forms ---

    @Test
    void theApplicationFormMustExist() throws IOException {
        formExists = form -> !form.equals("application-t1");
        write("T1.yaml", VALID);
        assertThat(catchThrowableOfType(this::load, CatalogueException.class).getMessage())
                .isEqualTo(prefix + "applicationForm: no form forms/applications/application-t1.form on the classpath");
    }

    @Test
    void theApplicationFormIdIsAPlainName() {
        assertThat(brokenMessage("applicationForm: application-t1", "applicationForm: ../secrets"))
                .isEqualTo(prefix + "applicationForm: '../secrets' may only hold letters, digits, '.', '_' and '-'");
    }

    // --- across files ---

    @Test
    void aProcedureIdIsDefinedOnce() throws IOException {
        write("T1.yaml", VALID);
        write("T1-copy.yaml", VALID);
        assertThat(catchThrowableOfType(this::load, CatalogueException.class).getMessage())
                .isEqualTo(dir.resolve("T1.yaml") + ": procedure T1: id: T1 is already defined in " + dir.resolve("T1-copy.yaml"));
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() throws IOException {
        write("T1.yaml", VALID.replace("deadlineDays: 10", "deadlineDays: 0"));
        write("T2.yaml", VALID.replace("id: T1", "id: T2").replace("maxSizeMb: 10", "maxSizeMb: 80"));
        CatalogueException e = catchThrowableOfType(this::load, CatalogueException.class);
        assertThat(e.getProblems()).containsExactly(
                prefix + "deadlineDays: must be more than 0, was 0",
                dir.resolve("T2.yaml") + ": procedure T2 version 1: components[DON].maxSizeMb: must be between 1 and 50, was 80");
        assertThat(e.getMessage()).startsWith("2 problems in the procedure catalogue:");
    }

    // --- what Jackson catches, told the same way ---

    @Test
    void anUnknownPropertyIsRejectedWithItsName() {
        assertThat(brokenMessage("deadlineDays: 10", "deadlinDays: 10"))
                .startsWith(prefix + "deadlinDays: unknown property 'deadlinDays'; known here: agencyCode, applicantSteps,")
                .contains("deadlineDays")
                .endsWith("(line 9, column 5)");
    }

    @Test
    void anUnknownPropertyInsideAStepIsRejectedWithItsPath() {
        assertThat(brokenMessage("groups: [specialist]", "group: [specialist]"))
                .isEqualTo(prefix + "steps.appraisal.group: unknown property 'group'; known here: days, groups (line 13, column 29)");
    }

    @Test
    void anUnknownPropertyAtTheTopIsRejected() {
        assertThat(brokenMessage("versions:", "version:"))
                .startsWith(dir.resolve("T1.yaml") + ": procedure T1: version: unknown property 'version'; known here: id, versions");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "competentBody: DEPARTMENT | competentBody: CHAIRMAN | competentBody: 'CHAIRMAN' is not one of DEPARTMENT, PROVINCIAL_CHAIRMAN",
            "effectiveFrom: 2025-03-01 | effectiveFrom: 2025-02-30 | effectiveFrom: '2025-02-30' is not a date (yyyy-mm-dd)",
            "deadlineDays: 10          | deadlineDays: ten         | deadlineDays: 'ten' is not a whole number",
            "appraisal: { days: 6,     | appraisal: { days: 5.5,   | steps.appraisal.days: '5.5' is not a whole number",
            "fileTypes: [pdf]          | fileTypes: pdf            | components[0].fileTypes: wrong kind of value, expected a list",
    })
    void aValueOfTheWrongKindIsRejected(String line, String brokenLine, String expected) {
        assertThat(brokenMessage(line, brokenLine)).startsWith(prefix + expected + " (line ");
    }

    @Test
    void aDuplicateKeyIsRejected() {
        assertThat(brokenMessage("deadlineDays: 10", "deadlineDays: 10\n    deadlineDays: 12"))
                .startsWith(dir.resolve("T1.yaml") + ": not valid YAML (line 10, column").contains("deadlineDays");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThat(brokenFile("# nothing yet\n").getMessage())
                .isEqualTo(dir.resolve("T1.yaml") + ": the file is empty; it should hold one procedure (id and versions)");
    }

    @Test
    void oneProcedurePerFile() {
        assertThat(brokenFile(VALID + "---\n" + VALID.replace("id: T1", "id: T2")).getMessage())
                .isEqualTo(dir.resolve("T1.yaml") + ": the file holds more than one YAML document; put one procedure in each file");
    }

    // --- classpath files in src/test/resources/catalogue-broken/ ---

    @Test
    void aBrokenClasspathFileIsNamedByItsClasspathPath() {
        CatalogueException e = catchThrowableOfType(
                () -> new CatalogueLoader(form -> true).load(List.of("classpath*:catalogue-broken/*.yaml")),
                CatalogueException.class);
        assertThat(e.getProblems()).containsExactly(
                "catalogue-broken/overlapping-versions.yaml: procedure X2 version 2: effectiveFrom: the range"
                        + " 2025-01-01 to open-ended overlaps version 1 (2022-07-01 to 2025-02-28);"
                        + " on any day at most one version may apply",
                "catalogue-broken/unknown-property.yaml: procedure X1 version 1: steps.approval.day:"
                        + " unknown property 'day'; known here: days, groups (line 17, column 9)");
    }

    // --- helpers ---

    /** The valid file without one key of the version and the block below it. */
    private static String withoutKey(String key) {
        StringBuilder kept = new StringBuilder();
        boolean skipping = false;
        for (String line : VALID.split("\n")) {
            if (line.startsWith("    " + key + ":")) {
                skipping = true;
            } else if (!skipping || !line.startsWith("      ")) {
                skipping = false;
                kept.append(line).append('\n');
            }
        }
        assertThat(kept.toString()).as("the test removes a key that exists").isNotEqualTo(VALID);
        return kept.toString();
    }

    private String brokenMessage(String line, String replacement) {
        assertThat(VALID).as("the test changes a line that exists").contains(line);
        return brokenFile(VALID.replace(line, replacement)).getMessage();
    }

    private String brokenMessage(String base, String line, String replacement) {
        assertThat(base).as("the test changes a line that exists").contains(line);
        return brokenFile(base.replace(line, replacement)).getMessage();
    }

    private CatalogueException brokenFile(String content) {
        try {
            write("T1.yaml", content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        CatalogueException e = catchThrowableOfType(this::load, CatalogueException.class);
        assertThat(e).as("a CatalogueException for:\n" + content).isNotNull();
        return e;
    }

    private List<Procedure> load() {
        return new CatalogueLoader(formExists).load(List.of("file:" + dir + "/*.yaml"));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }
}
