package vn.vetflow.institution;

/** The kind of VET institution; its label is the message {@code institution.type.<name>}. */
public enum InstitutionType {
    /** Trường cao đẳng. */
    COLLEGE,
    /** Trường trung cấp. */
    INTERMEDIATE,
    /** Trung tâm giáo dục nghề nghiệp (- giáo dục thường xuyên). */
    CENTRE,
    /** Other institutions with VET activities (enterprises, associations). */
    OTHER
}
