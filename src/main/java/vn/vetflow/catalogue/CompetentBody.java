package vn.vetflow.catalogue;

/** Who decides a procedure. */
public enum CompetentBody {
    /** The provincial Department (Sở) decides on its own appraisal. */
    DEPARTMENT,
    /** The provincial People's Committee Chairman decides on the Department's appraisal. */
    PROVINCIAL_CHAIRMAN
}
