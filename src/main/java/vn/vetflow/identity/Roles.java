package vn.vetflow.identity;

import java.util.List;

/**
 * The roles of vetflow. Each is a Camunda group of the same id, so the engine's candidate groups,
 * Camunda Tasklist and our own pages agree on who may do what.
 */
public final class Roles {

    public static final String APPLICANT = "applicant";
    public static final String RECEPTION = "reception";
    public static final String SPECIALIST = "specialist";
    public static final String LEADER = "leader";
    public static final String INSPECTOR = "inspector";
    public static final String INSTITUTION = "institution";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";

    /** Camunda's own administrators' group (Cockpit, Admin). */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    public static final List<String> ALL = List.of(APPLICANT, RECEPTION, SPECIALIST, LEADER, INSPECTOR, INSTITUTION,
            SUPERVISOR, ADMIN);

    /** Groups that work task lists. */
    public static final List<String> OFFICERS = List.of(RECEPTION, SPECIALIST, LEADER, INSPECTOR);

    private Roles() {
    }
}
