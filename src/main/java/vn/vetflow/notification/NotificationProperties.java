package vn.vetflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code vetflow.notification.from}: the sender address of vetflow's mails. */
@ConfigurationProperties(prefix = "vetflow.notification")
record NotificationProperties(@DefaultValue("vetflow <no-reply@vetflow.local>") String from) {
}
