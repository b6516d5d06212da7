package vn.vetflow.kpi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.identity.Roles;
import vn.vetflow.notification.Mailer;
import vn.vetflow.notification.OutgoingMail;

/**
 * Mails to supervisors: a weekly digest of the main KPIs (cron {@code vetflow.kpi.digest-cron}) and an
 * alert when a KPI falls below its warning level, once per crossing: the side of the threshold each KPI
 * was last seen on is kept in {@code kpi_alert_state}; a recovery is mailed too.
 */
@Component
class KpiMail {

    private static final Logger log = LoggerFactory.getLogger(KpiMail.class);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final KpiSnapshot snapshot;
    private final KpiDefinitions definitions;
    private final JdbcTemplate jdbc;
    private final Mailer mailer;
    private final IdentityService identity;
    private final MessageSource messages;
    private final Clock clock;

    KpiMail(KpiSnapshot snapshot, KpiDefinitions definitions, JdbcTemplate jdbc, Mailer mailer,
            IdentityService identity, MessageSource messages, Clock clock) {
        this.snapshot = snapshot;
        this.definitions = definitions;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
    }

    @Scheduled(cron = "${vetflow.kpi.digest-cron:0 0 7 * * MON}", zone = "${vetflow.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "kpi-digest")
    void scheduledDigest() {
        digest();
    }

    @Scheduled(cron = "${vetflow.kpi.alert-cron:0 5 * * * *}", zone = "${vetflow.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "kpi-alerts")
    void scheduledAlerts() {
        checkThresholds();
    }

    /** Sends the digest; returns how many supervisors got it. */
    int digest() {
        var values = snapshot.compute(clock.instant());
        StringBuilder body = new StringBuilder(m("kpi.mail.digest.intro", values.period().label())).append("\n\n");
        for (Map.Entry<String, Double> e : values.percent().entrySet()) {
            body.append("- ").append(label(e.getKey())).append(": ")
                    .append(e.getValue() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", e.getValue())).append('\n');
        }
        String subject = m("kpi.mail.digest.subject", values.period().label());
        List<String> to = supervisors();
        to.forEach(address -> mailer.send(OutgoingMail.text(address, subject, body.toString())));
        return to.size();
    }

    /** Compares each KPI with its warning level; mails on a crossing only. Returns the mails sent. */
    @Transactional
    int checkThresholds() {
        var values = snapshot.compute(clock.instant());
        int sent = 0;
        for (Map.Entry<String, Double> e : values.percent().entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            double warn = warnOf(e.getKey());
            boolean below = e.getValue() < warn;
            List<Boolean> known = jdbc.queryForList("select below from kpi_alert_state where kpi_key = ?", Boolean.class,
                    e.getKey());
            boolean wasBelow = !known.isEmpty() && known.get(0);
            if (known.isEmpty()) {
                jdbc.update("insert into kpi_alert_state (kpi_key, below, value_pct, changed_at) values (?,?,?,?)",
                        e.getKey(), below, e.getValue(), java.sql.Timestamp.from(clock.instant()));
            } else if (wasBelow != below) {
                jdbc.update("update kpi_alert_state set below = ?, value_pct = ?, changed_at = ? where kpi_key = ?",
                        below, e.getValue(), java.sql.Timestamp.from(clock.instant()), e.getKey());
            } else {
                continue;
            }
            if (below || wasBelow) {
                String subject = below ? m("kpi.mail.alert.subject", label(e.getKey()))
                        : m("kpi.mail.recovered.subject", label(e.getKey()));
                String body = m("kpi.mail.alert.body", label(e.getKey()), values.period().label(),
                        String.format(Locale.ROOT, "%.1f", e.getValue()), String.format(Locale.ROOT, "%.0f", warn));
                for (String address : supervisors()) {
                    mailer.send(OutgoingMail.text(address, subject, body));
                    sent++;
                }
            }
        }
        return sent;
    }

    private double warnOf(String key) {
        if (KpiSnapshot.INSPECTIONS.equals(key)) {
            return 50;
        }
        return definitions.indicator(key).map(KpiDefinitions.Indicator::warn).orElse(0.0);
    }

    private String label(String key) {
        return KpiSnapshot.INSPECTIONS.equals(key) ? m("kpi.target.inspectionsDigital") : m("kpi.indicator." + key);
    }

    private List<String> supervisors() {
        List<String> addresses = new ArrayList<>();
        for (User user : identity.createUserQuery().memberOfGroup(Roles.SUPERVISOR).list()) {
            if (user.getEmail() != null && !user.getEmail().isBlank()) {
                addresses.add(user.getEmail());
            }
        }
        if (addresses.isEmpty()) {
            log.info("No supervisor with an e-mail address: KPI mail not sent");
        }
        return addresses;
    }

    private String m(String key, Object... args) {
        return messages.getMessage(key, args, key, VI);
    }
}
