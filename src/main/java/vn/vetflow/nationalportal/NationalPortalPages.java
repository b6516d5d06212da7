package vn.vetflow.nationalportal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.dossier.DossierStatus;
import vn.vetflow.shared.DateFormats;

/**
 * The operators' view of the sync (administrators and supervisors): how much waits and for how long,
 * which rows fail and why, a dossier's sync history, and "retry now" for the waiting rows.
 */
@Controller
@RequestMapping("/national-portal")
class NationalPortalPages {

    /** One outbox row as the pages show it. */
    record RowView(long id, String dossierCode, int seq, int status, String statusKey, String createdAt,
                   int attempts, String lastError, String lastAttemptAt, String nextAttemptAt,
                   String acknowledgedAt, boolean acknowledged) {

        static RowView of(Outbox.Row row) {
            return new RowView(row.id(), row.dossierCode(), row.seq(), row.status(),
                    DossierStatus.ofCode(row.status()).messageKey(), DateFormats.dateTime(row.createdAt()),
                    row.attempts(), row.lastError(), DateFormats.dateTime(row.lastAttemptAt()),
                    DateFormats.dateTime(row.nextAttemptAt()), DateFormats.dateTime(row.acknowledgedAt()),
                    row.acknowledged());
        }
    }

    private final Outbox outbox;
    private final OutboxDelivery delivery;
    private final NationalPortalProperties properties;
    private final Clock clock;

    NationalPortalPages(Outbox outbox, OutboxDelivery delivery, NationalPortalProperties properties, Clock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    ModelAndView queue() {
        Outbox.Summary summary = outbox.summary();
        Duration age = summary.oldestPending() == null ? Duration.ZERO
                : Duration.between(summary.oldestPending(), clock.instant());
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        return new ModelAndView("nationalportal/queue", Map.of(
                "summary", summary,
                "ageHours", age.toHours(),
                "ageMinutes", age.toMinutesPart(),
                "enabled", properties.enabled(),
                "failing", rows(outbox.failing(100)),
                "pending", rows(outbox.pending(20))));
    }

    @GetMapping("/dossiers/{code}")
    ModelAndView dossier(@PathVariable String code) {
        return new ModelAndView("nationalportal/dossier", Map.of("code", code, "rows", rows(outbox.history(code))));
    }

    /** Every waiting row (or one dossier's) becomes due now, and a delivery round runs at once. */
    @PostMapping("/retry")
    String retry(@RequestParam(required = false) String dossier, RedirectAttributes redirect) {
        int due = dossier == null || dossier.isBlank() ? outbox.makeDue(clock.instant())
                : outbox.makeDue(dossier, clock.instant());
        int acknowledged = delivery.deliverDue();
        redirect.addFlashAttribute("retried", List.of(due, acknowledged));
        return dossier == null || dossier.isBlank() ? "redirect:/national-portal"
                : "redirect:/national-portal/dossiers/" + dossier;
    }

    private static List<RowView> rows(List<Outbox.Row> rows) {
        return rows.stream().map(RowView::of).toList();
    }
}
