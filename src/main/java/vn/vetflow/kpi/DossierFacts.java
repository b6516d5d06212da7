package vn.vetflow.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.vetflow.calendar.WorkingCalendar;

/**
 * The formulas of one dossier, pure: what counts as received, paused, finished, early, on time or late.
 * Inputs are plain values so that tests can give hand-computed fixtures.
 */
final class DossierFacts {

    /** Ratings at or below this score count as "dissatisfied". */
    static final int DISSATISFIED_AT_MOST = 2;

    /**
     * What the read model needs to know about a dossier, taken from the dossier module and others.
     * {@code componentsDigitised}: it has components and every one is digitised (scanned at intake, filed as an
     * electronic file marked digitised, or reused from the applicant's data store); {@code resultDigitised}: a
     * paper result was scanned (an electronic result counts through {@code resultDocumentStored});
     * {@code reusedComponent}: at least one component was reused from an earlier dossier; {@code portalSynced}:
     * the national portal acknowledged every status of the dossier in the portal outbox (and there is one).
     */
    record Input(String code, String procedureId, String procedureName, String unit, String officer, int channel,
                 int status, String outcome, Instant submittedAt, Instant receivedAt, LocalDate receiptDay,
                 LocalDate originalAppointment, Instant processingEndedAt, Instant returnedAt,
                 List<Supplement> supplements, List<StatusMove> moves, long feeAmount, boolean paidOnline,
                 boolean resultDocumentStored, boolean componentsDigitised, boolean resultDigitised,
                 boolean reusedComponent, Integer rating, boolean demo, boolean portalSynced) {
    }

    /** A supplement request: when requested, when answered (null while open). */
    record Supplement(Instant requestedAt, Instant answeredAt) {
    }

    /** A status move of the control slip (national status code entered, when). */
    record StatusMove(int status, Instant at) {
    }

    private DossierFacts() {
    }

    static DossierFact compute(Input in, WorkingCalendar calendar) {
        var zone = calendar.zone();
        LocalDate received = in.receivedAt() == null ? null
                : in.receiptDay() != null ? in.receiptDay() : calendar.receiptDay(in.receivedAt());
        Instant endAt = in.processingEndedAt() != null ? in.processingEndedAt() : in.returnedAt();
        LocalDate end = endAt == null || received == null ? null : LocalDate.ofInstant(endAt, zone);

        List<DossierFact.Pause> pauses = new ArrayList<>();
        int rounds = 0;
        if (received != null) {
            for (Supplement s : in.supplements()) {
                if (s.requestedAt().isBefore(in.receivedAt())) {
                    continue; // asked at intake, before the legal clock started
                }
                rounds++;
                pauses.add(new DossierFact.Pause("SUPPLEMENT", LocalDate.ofInstant(s.requestedAt(), zone),
                        s.answeredAt() == null ? null : LocalDate.ofInstant(s.answeredAt(), zone)));
            }
            // Payment waiting: from "financial obligation" (6) to the next move.
            List<StatusMove> moves = in.moves().stream().sorted(Comparator.comparing(StatusMove::at)).toList();
            for (int i = 0; i < moves.size(); i++) {
                if (moves.get(i).status() == 6 && !moves.get(i).at().isBefore(in.receivedAt())) {
                    LocalDate to = i + 1 < moves.size() ? LocalDate.ofInstant(moves.get(i + 1).at(), zone) : null;
                    pauses.add(new DossierFact.Pause("PAYMENT", LocalDate.ofInstant(moves.get(i).at(), zone), to));
                }
            }
            pauses.sort(Comparator.comparing(DossierFact.Pause::from));
        }

        LocalDate due = in.originalAppointment();
        int pausedDays = 0;
        LocalDate pausedSince = null;
        for (DossierFact.Pause pause : pauses) {
            LocalDate to = pause.to() != null ? pause.to() : end;
            if (to == null) {
                pausedSince = pause.from();
                continue;
            }
            int days = calendar.workingDaysBetween(pause.from(), to);
            pausedDays += Math.max(0, days);
            if (due != null) {
                due = calendar.extend(due, pause.from(), to);
            }
        }

        String timeliness = null;
        Integer resolution = null;
        Integer span = null;
        if (end != null) {
            span = (int) (end.toEpochDay() - received.toEpochDay());
            resolution = Math.max(0, calendar.workingDaysBetween(received, end) - pausedDays);
            if (rounds > 1 || due == null) {
                timeliness = rounds > 1 ? "LATE" : "ON_TIME";
            } else {
                timeliness = calendar.classify(end, due).name();
            }
        }
        boolean resultExpected = "RESULT".equals(in.outcome());
        boolean eResult = resultExpected && in.resultDocumentStored();
        // Decision 766: digitised components AND a digitised result; a dossier without a result (running,
        // refused, withdrawn) is not digitised.
        boolean digitised = resultExpected && in.componentsDigitised() && (eResult || in.resultDigitised());
        return new DossierFact(in.code(), in.procedureId(), in.procedureName(), in.unit(),
                in.officer() == null || in.officer().isBlank() ? DossierFact.NOBODY : in.officer(), in.channel(),
                in.status(), in.outcome(), LocalDate.ofInstant(in.submittedAt(), zone), received,
                in.originalAppointment(), due, end, span, resolution, rounds, pausedDays, pausedSince, timeliness,
                in.feeAmount() > 0, in.paidOnline(), resultExpected, eResult, digitised, in.reusedComponent(), in.portalSynced(),
                in.rating(),
                in.rating() != null && in.rating() <= DISSATISFIED_AT_MOST, in.demo(), List.copyOf(pauses));
    }

    /**
     * How a dossier still running at the end of a period stands on that day: the appointment moved by the
     * pauses that ended by then; a dossier paused that day is late only if it was already late when paused.
     */
    enum Running { NOT_DUE, DUE_SOON, LATE }

    static Running judgeAt(LocalDate day, LocalDate appointment, int rounds, List<DossierFact.Pause> pauses,
                           WorkingCalendar calendar, int dueSoonDays) {
        if (rounds > 1) {
            return Running.LATE;
        }
        if (appointment == null) {
            return Running.NOT_DUE;
        }
        LocalDate due = appointment;
        LocalDate clockDay = day;
        for (DossierFact.Pause pause : pauses) {
            if (pause.from().isAfter(day)) {
                continue;
            }
            if (pause.to() != null && !pause.to().isAfter(day)) {
                due = calendar.extend(due, pause.from(), pause.to());
            } else {
                clockDay = pause.from(); // paused on that day: the clock stopped when the pause began
            }
        }
        if (clockDay.isAfter(due)) {
            return Running.LATE;
        }
        return calendar.workingDaysBetween(clockDay, due) <= dueSoonDays ? Running.DUE_SOON : Running.NOT_DUE;
    }
}
