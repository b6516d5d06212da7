package vn.vetflow.catalogue;

import java.util.List;

/** The keys of a procedure's step budgets, in the order the steps run. */
public final class StepKeys {

    public static final String RECEPTION = "reception";
    public static final String APPRAISAL = "appraisal";
    public static final String APPROVAL = "approval";
    /** Submission to the provincial Chairman and the wait for the decision. */
    public static final String CHAIRMAN = "chairman";
    public static final String RESULT = "result";

    /** Every known key, in running order. */
    public static final List<String> ALL = List.of(RECEPTION, APPRAISAL, APPROVAL, CHAIRMAN, RESULT);

    /** The keys every procedure has; {@link #CHAIRMAN} depends on the competent body. */
    public static final List<String> ALWAYS = List.of(RECEPTION, APPRAISAL, APPROVAL, RESULT);

    /**
     * The Department's own steps up to its submission to the Chairman: when the Chairman decides, their
     * budgets add up to the Department's legal appraisal period ({@code departmentDays}).
     */
    public static final List<String> DEPARTMENT_APPRAISAL = List.of(RECEPTION, APPRAISAL, APPROVAL);

    private StepKeys() {
    }
}
