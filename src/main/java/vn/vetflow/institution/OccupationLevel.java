package vn.vetflow.institution;

/** Training level of a registered occupation; label {@code institution.level.<name>}. */
public enum OccupationLevel {
    /** Sơ cấp. */
    ELEMENTARY,
    /** Trung cấp. */
    INTERMEDIATE,
    /** Cao đẳng. */
    COLLEGE
}
