package vn.vetflow.inspectionplan;

import java.util.Arrays;
import java.util.List;

/**
 * What an inspection checks, by checklist area (shared/domain/inspections.md, section 3). Plan items store
 * the codes (the enum names); the label is the message {@code inspectionplan.topic.<name>}.
 */
public enum PlanTopic {
    /** Classrooms, workshops, areas, equipment. */
    FACILITIES,
    /** Teachers: number, qualifications, teacher/learner ratio. */
    TEACHERS,
    /** Programmes: duration, credits, theory/practice ratio. */
    PROGRAMMES,
    /** Enrolment within the registered occupations, locations and scale. */
    ENROLMENT,
    /** Tests, exams, diplomas and certificates. */
    EXAMS_DIPLOMAS,
    /** Name, establishment, advertising before registration. */
    NAME_ADVERTISING,
    /** Joint training and partnerships, foreign partners. */
    PARTNERSHIPS,
    /** Finance and fees. */
    FINANCE,
    /** Quality assurance and accreditation. */
    QUALITY,
    /** Governing board and principal duly recognised. */
    GOVERNANCE,
    /** Periodic reports submitted. */
    REPORTING,
    /** Digital transformation: learning records, diplomas digitised, online classes. */
    DIGITAL;

    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    public static boolean isCode(String code) {
        return Arrays.stream(values()).anyMatch(t -> t.name().equals(code));
    }
}
