package vn.vetflow.dossier;

/**
 * Who does something to a dossier and in which step of the process: every status change is
 * recorded against an actor.
 *
 * @param username the user's id, or {@link #SYSTEM} for timers and automatic steps
 * @param step     the process step key (reception, appraisal, approval, chairman, result), or null
 */
public record Actor(String username, String step) {

    public static final String SYSTEM = "system";

    public static Actor system(String step) {
        return new Actor(SYSTEM, step);
    }

    public Actor inStep(String otherStep) {
        return new Actor(username, otherStep);
    }
}
