package vn.vetflow.publicservice;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vetflow.calendar.CalendarChanges;
import vn.vetflow.calendar.WorkingCalendarChanged;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.dossier.Actor;
import vn.vetflow.dossier.Dossier;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.shared.DateFormats;

/**
 * When an administrator changes or confirms a year of the working-day calendar, running dossiers whose
 * appointment date the new calendar moves get the new date: a line on the control slip, the deadline
 * timers moved, and a new version of the receipt (form 01; the earlier one is kept).
 *
 * <p>The date is recomputed the way it was set: the procedure's deadline after the receipt day plus the
 * working days the clock was paused ({@link Deadlines#appointment}). Paused days already counted stay as
 * counted (the applicant was told the new date when the clock resumed); a pause still running is counted
 * with the new calendar when it ends. A date a leader set with an apology (form 04) is no longer computed
 * and stays.
 *
 * <p>Durable and idempotent: the listener runs after the change committed, from the event publication
 * registry; a second run finds every date already right and changes nothing.
 */
@Component
class AppointmentRecalculation {

    private static final Logger log = LoggerFactory.getLogger(AppointmentRecalculation.class);
    private static final Actor CALENDAR = Actor.system("calendar");

    private final DossierService dossiers;
    private final ProcedureCatalogue catalogue;
    private final Deadlines deadlines;
    private final DeadlineTimers timers;
    private final OfficialDocuments documents;
    private final CalendarChanges calendarChanges;

    AppointmentRecalculation(DossierService dossiers, ProcedureCatalogue catalogue, Deadlines deadlines,
                             DeadlineTimers timers, OfficialDocuments documents, CalendarChanges calendarChanges) {
        this.calendarChanges = calendarChanges;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.deadlines = deadlines;
        this.timers = timers;
        this.documents = documents;
    }

    @ApplicationModuleListener
    void calendarChanged(WorkingCalendarChanged change) {
        int moved = recalculate(change.year());
        log.info("Working calendar {} changed: {} running dossier(s) got a new appointment date", change.year(), moved);
    }

    /** Recomputes the running dossiers a change of {@code year} can move; returns how many moved. */
    int recalculate(int year) {
        calendarChanges.lockAgainstChanges();
        int moved = 0;
        // A change in a year moves only appointments counted into that year or later.
        for (Dossier dossier : dossiers.runningWithAppointmentFrom(LocalDate.of(year, 1, 1))) {
            if (dossier.wasRescheduled() || dossier.getReceiptDay() == null) {
                continue;
            }
            int deadlineDays = catalogue.version(dossier.getProcedureId(), dossier.getProcedureVersion()).deadlineDays();
            LocalDate computed = deadlines.appointment(dossier.getReceiptDay(), deadlineDays,
                    dossier.getPausedWorkingDays());
            LocalDate previous = dossier.getAppointmentDate();
            if (computed.equals(previous)) {
                continue;
            }
            dossier.recalculateAppointment(CALENDAR, deadlines.now(), computed,
                    "Ngày hẹn trả kết quả điều chỉnh từ " + DateFormats.date(previous) + " thành "
                            + DateFormats.date(computed) + " theo lịch làm việc năm " + year + ".");
            dossiers.save(dossier);
            if (!dossier.isClockPaused() && dossier.getProcessInstanceId() != null) {
                timers.move(dossier.getProcessInstanceId(), deadlines.dueSoonAt(computed), deadlines.overdueAt(computed));
            }
            documents.correctedReceipt(dossier, receivingOfficer(dossier), previous);
            moved++;
        }
        return moved;
    }

    /** The officer who received the dossier, as on the first receipt. */
    private Actor receivingOfficer(Dossier dossier) {
        return dossiers.history(dossier).stream().filter(entry -> "RECEIVED".equals(entry.getAction()))
                .map(entry -> new Actor(entry.getActor(), entry.getStep())).findFirst()
                .orElse(CALENDAR);
    }
}
