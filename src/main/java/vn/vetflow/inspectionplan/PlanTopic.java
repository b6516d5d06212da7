package vn.vetflow.inspectionplan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What an inspection checks, by checklist area (shared/domain/inspections.md, section 3). Plan items store
 * the {@link #code()}s, the same codes as the inspection module's checklist areas ({@code inspection.area.<code>});
 * the plan pages' label is the message {@code inspectionplan.topic.<code>}.
 */
public enum PlanTopic {
    /** Conditions published per occupation and location. */
    PUBLICATION,
    /** Classrooms, workshops, areas, equipment. */
    FACILITIES,
    /** Teachers: number, qualifications, teacher/learner ratio. */
    TEACHERS,
    /** Only registered occupations and locations. */
    OCCUPATIONS,
    /** Enrolment within the registered scale. */
    ENROLMENT,
    /** Name and establishment. */
    NAME,
    /** Advertising or enrolling before registration. */
    ADVERTISING,
    /** Programmes, class size, joint training and foreign partners. */
    PROGRAMMES,
    /** Tests and exams. */
    EXAMS,
    /** Diplomas and certificates. */
    DIPLOMAS,
    /** Wrongful expulsion. */
    EXPULSION,
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

    /** The stored code, e.g. {@code facilities}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(PlanTopic::code).toList();
    }

    public static boolean isCode(String code) {
        return Arrays.stream(values()).anyMatch(t -> t.code().equals(code));
    }
}
