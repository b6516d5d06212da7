package vn.vetflow.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vetflow.VetflowApplication;

/** Administrators' view of the mail outbox: mails still pending a retry and mails given up on. */
@Controller
class MailOutboxController {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of(VetflowApplication.ZONE));

    /** A row as the page shows it. */
    record Row(MailOutbox.Entry entry, String createdAt, String nextAttemptAt) {
    }

    private final MailOutbox outbox;

    MailOutboxController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/mails")
    String unsent(Model model) {
        model.addAttribute("mails", outbox.unsent().stream().map(e -> new Row(e, SHOWN.format(e.createdAt()),
                e.nextAttemptAt() == null ? "" : SHOWN.format(e.nextAttemptAt()))).toList());
        model.addAttribute("figures", outbox.figures());
        return "notification/outbox";
    }
}
