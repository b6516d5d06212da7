package vn.vetflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vetflow.identity.OfficerMailPreferences;
import vn.vetflow.identity.Roles;
import vn.vetflow.notification.CapturingMailer;
import vn.vetflow.support.VetflowTest;

/** Inspection escalations reach the inspection unit's leaders who keep "mail on escalation" on. */
@VetflowTest
class InspectionEscalationMailTest {

    @Autowired IdentityService identity;
    @Autowired OfficerMailPreferences preferences;
    @Autowired CapturingMailer mailbox;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired vn.vetflow.support.EventPublications publications;

    @Test
    void onlyLeadersWhoWantEscalationMailsGetThem() {
        String tag = "ie" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String keen = tag + "k";
        String quiet = tag + "q";
        String elsewhere = tag + "e";
        leader(keen, "kiemtra");
        leader(quiet, "kiemtra");
        leader(elsewhere, "gdnn");
        preferences.save(quiet, new OfficerMailPreferences.Preference(true, false));

        transaction.executeWithoutResult(status -> events.publishEvent(new InspectionEscalated(
                "KT-" + tag, "Trường Trung cấp Thử nghiệm", "notice", LocalDate.of(2026, 3, 6))));
        publications.awaitReactions();

        assertThat(mailbox.to(keen + "@example.vn")).singleElement()
                .satisfies(mail -> assertThat(mail.mail().textBody()).contains("KT-" + tag, "06/03/2026"));
        assertThat(mailbox.to(quiet + "@example.vn")).isEmpty();
        assertThat(mailbox.to(elsewhere + "@example.vn")).isEmpty();
    }

    private void leader(String id, String unit) {
        var user = identity.newUser(id);
        user.setFirstName("Lãnh đạo");
        user.setLastName(id);
        user.setEmail(id + "@example.vn");
        user.setPassword("ie-test-password");
        identity.saveUser(user);
        identity.createMembership(id, Roles.LEADER);
        identity.createMembership(id, unit);
    }
}
