package vn.vetflow.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * SMTP when {@code spring.mail.host} is set (Spring Boot then creates the {@link JavaMailSender}),
 * otherwise the capturing mailer. Both beans sit in this one class so the missing-bean condition sees
 * the SMTP bean: conditions across separately scanned classes depend on registration order.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    @ConditionalOnProperty("spring.mail.host")
    Mailer smtpMailer(JavaMailSender sender, NotificationProperties properties) {
        return new SmtpMailer(sender, properties.from());
    }

    @Bean
    @ConditionalOnMissingBean(Mailer.class)
    CapturingMailer capturingMailer(Clock clock) {
        log.warn("No spring.mail.host: mails are kept in memory (see /dev/mailbox in the demo), not sent");
        return new CapturingMailer(clock);
    }
}
