package vn.vetflow.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import vn.vetflow.identity.UserGroups;
import vn.vetflow.VetflowApplication;
import vn.vetflow.identity.Roles;

/**
 * The demo's mailbox: the mails the {@link CapturingMailer} kept, so a reset link can be followed without
 * an SMTP server. Administrators see every mail, anybody else only mails to their own account's address.
 * Only in the demo and test profiles, and only while no SMTP server is configured.
 */
@Controller
@Profile({"demo", "test"})
class MailboxController {

    /** Links in a plain-text body, offered as links on the page (only http and https). */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final ObjectProvider<CapturingMailer> mailer;
    private final IdentityService identity;

    MailboxController(ObjectProvider<CapturingMailer> mailer, IdentityService identity) {
        this.mailer = mailer;
        this.identity = identity;
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of(VetflowApplication.ZONE));

    /** A kept mail as the page shows it. */
    record MailView(CapturedMail captured, String at, List<String> links) {
    }

    @GetMapping("/dev/mailbox")
    String mailbox(Authentication authentication, Model model) {
        CapturingMailer capturing = mailer.getIfAvailable();
        if (capturing == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        boolean admin = UserGroups.of(authentication).contains(Roles.ADMIN);
        List<CapturedMail> mails = admin ? capturing.all() : capturing.to(emailOf(authentication.getName()));
        model.addAttribute("admin", admin);
        model.addAttribute("mails", mails.stream().map(m -> new MailView(m, SHOWN.format(m.capturedAt()),
                links(m.mail().textBody()))).toList());
        return "notification/mailbox";
    }

    private String emailOf(String username) {
        User user = identity.createUserQuery().userId(username).singleResult();
        return user == null ? null : user.getEmail();
    }

    private static List<String> links(String text) {
        Matcher matcher = LINK.matcher(text);
        return matcher.results().map(r -> r.group()).distinct().toList();
    }
}
