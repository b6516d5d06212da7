package vn.vetflow.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * One dossier as the KPIs see it (a row of {@code kpi_dossier}), computed by {@link DossierFacts}.
 *
 * @param officer    the specialist who appraised it (or the last assignee), "-" when nobody yet
 * @param dueDay     the appointment moved by the supplement and payment waiting (never by a reschedule)
 * @param endDay     the first of: processed, result returned, stopped, refused, withdrawn
 * @param timeliness EARLY, ON_TIME or LATE for finished dossiers; LATE whenever more than one supplement
 *                   request was made after receipt
 * @param digitised  digitised components and a digitised result (Decision 766)
 * @param reused     at least one component reused from the applicant's earlier dossiers
 * @param portalSynced public on the national portal: it has statuses in the portal outbox and the portal
 *                   acknowledged every one of them (Decision 766, transparency)
 */
record DossierFact(String code, String procedureId, String procedureName, String unit, String officer,
                   int channel, int status, String outcome, LocalDate submittedDay, LocalDate receivedDay,
                   LocalDate appointmentDay, LocalDate dueDay, LocalDate endDay, Integer spanDays,
                   Integer resolutionDays, int supplementRounds, int pausedDays, LocalDate pausedSince,
                   String timeliness, boolean feeRequired, boolean paidOnline, boolean resultExpected,
                   boolean eResult, boolean digitised, boolean reused, boolean portalSynced, Integer rating,
                   boolean dissatisfied, boolean demo,
                   List<Pause> pauses) {

    static final String NOBODY = "-";

    /** A pause of the legal clock after receipt; {@code to} null while still paused. */
    record Pause(String kind, LocalDate from, LocalDate to) {
    }

    boolean received() {
        return receivedDay != null;
    }

    boolean finished() {
        return endDay != null;
    }

    boolean online() {
        return channel == 2;
    }
}
