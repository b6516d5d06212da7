package vn.vetflow.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.identity.Officers;
import vn.vetflow.identity.Roles;

/**
 * {@code /admin/calendar}: administrators see a year's days computed from the Labour Code beside the days
 * that count (announced), enter the announced changes and confirm the year. Access: administrators only
 * (SecurityConfiguration).
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final WorkingCalendar calendar;
    private final CalendarChanges changes;
    private final Officers officers;
    private final Clock clock;

    CalendarAdminController(WorkingCalendar calendar, CalendarChanges changes, Officers officers, Clock clock) {
        this.calendar = calendar;
        this.changes = changes;
        this.officers = officers;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam Optional<Integer> year, Model model) {
        int shown = year.filter(y -> y >= 1900 && y <= 2199).orElse(today().getYear() + 1);
        CalendarYear computed = calendar.statutoryYear(shown);
        CalendarYear counted = calendar.year(shown);
        List<CalendarChange> entered = changes.changes(shown);
        Map<String, String> admins = officers.inGroup(Roles.ADMIN);

        TreeSet<LocalDate> dates = new TreeSet<>();
        computed.daysOff().forEach(d -> dates.add(d.date()));
        counted.daysOff().forEach(d -> dates.add(d.date()));
        counted.workingDays().forEach(d -> dates.add(d.date()));
        entered.forEach(c -> dates.add(c.date()));
        Map<LocalDate, Row> rows = new TreeMap<>();
        for (LocalDate date : dates) {
            String computedName = name(computed.daysOff(), date);
            String offName = name(counted.daysOff(), date);
            String workedName = name(counted.workingDays(), date);
            String status = offName != null ? "off" : workedName != null ? "worked" : "working";
            CalendarChange change = entered.stream().filter(c -> c.date().equals(date)).findFirst().orElse(null);
            rows.put(date, new Row(DATE.format(date), date.getDayOfWeek().getValue(), computedName, status,
                    offName != null ? offName : workedName, change == null ? null : change.id(),
                    change == null ? null : change.kind().name(),
                    change == null ? null : admins.getOrDefault(change.changedBy(), change.changedBy()),
                    change == null ? null : DATE_TIME.format(change.changedAt().atZone(calendar.zone()))));
        }
        model.addAttribute("year", shown);
        model.addAttribute("rows", rows.values());
        model.addAttribute("provisional", calendar.isProvisional(shown));
        model.addAttribute("announced", calendar.hasDataFor(shown));
        changes.confirmation(shown).ifPresent(c -> {
            model.addAttribute("confirmedBy", admins.getOrDefault(c.by(), c.by()));
            model.addAttribute("confirmedAt", DATE_TIME.format(c.at().atZone(calendar.zone())));
        });
        model.addAttribute("kinds", CalendarChange.Kind.values());
        return "calendar/admin";
    }

    @PostMapping("/{year}/changes")
    String change(@PathVariable int year, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam CalendarChange.Kind kind, @RequestParam(defaultValue = "") String name,
                  RedirectAttributes flash) {
        try {
            if (date.getYear() != year) {
                throw new CalendarChangeRejected("calendar.admin.error.otherYear");
            }
            switch (kind) {
                case DAY_OFF -> changes.addDayOff(date, name);
                case WORKING_DAY -> changes.addWorkingDay(date, name);
                case REMOVED -> changes.removeDay(date, name);
            }
            flash.addFlashAttribute("message", "calendar.admin.saved");
        } catch (CalendarChangeRejected e) {
            flash.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/admin/calendar?year=" + year;
    }

    @PostMapping("/{year}/changes/{id}/undo")
    String undo(@PathVariable int year, @PathVariable long id, RedirectAttributes flash) {
        try {
            changes.undo(id);
            flash.addFlashAttribute("message", "calendar.admin.undone");
        } catch (CalendarChangeRejected e) {
            flash.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/admin/calendar?year=" + year;
    }

    @PostMapping("/{year}/confirm")
    String confirm(@PathVariable int year, RedirectAttributes flash) {
        changes.confirm(year);
        flash.addFlashAttribute("message", "calendar.admin.confirmed");
        return "redirect:/admin/calendar?year=" + year;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }

    private static String name(List<CalendarDay> days, LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).map(CalendarDay::name).findFirst().orElse(null);
    }

    /**
     * One date of the side-by-side table.
     *
     * @param weekday    1 (Monday) to 7, for the bundle's weekday names
     * @param computed   the day's name in the year computed from the law, null when the law gives none
     * @param status     how it counts now: off, worked (a weekend day) or working
     * @param name       the name it counts with (announced or computed), null for an ordinary working day
     */
    record Row(String date, int weekday, String computed, String status, String name, Long changeId,
               String changeKind, String changedBy, String changedAt) {
    }
}
