package vn.vetflow.tasks;

import java.time.Instant;

/**
 * What a task list shows of a task's case.
 *
 * @param kind     "dossier" or "inspection": which page opens the task
 * @param title    the case's subject (the procedure's name, the inspection's subject)
 * @param party    who the case is about (applicant, institution)
 * @param unit     the organisational unit owning the task (processes/units.yaml)
 * @param received when the case came in (the list can sort by it)
 */
public record TaskSubject(String kind, String title, String party, String unit, Instant received) {
}
