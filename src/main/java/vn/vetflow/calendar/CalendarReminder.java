package vn.vetflow.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.identity.Officers;
import vn.vetflow.identity.Roles;
import vn.vetflow.notification.Mailer;
import vn.vetflow.notification.OutgoingMail;

/**
 * From 1 October, while next year's calendar is not confirmed, administrators see a banner (layout, via
 * {@link #pendingYear()}) and get a daily mail. The schedule is usually announced late in the year, and
 * until then appointment dates in next year are provisional.
 *
 * <p>The daily check runs on one node (ShedLock) and publishes {@link CalendarConfirmationDue}; the mail
 * goes out from the event publication registry, so it survives a crash and is sent once per day.
 */
@Component("calendarReminder")
public class CalendarReminder {

    /** Reminders start on this day of the year before. */
    static final MonthDay FIRST_REMINDER = MonthDay.of(10, 1);

    private static final Logger log = LoggerFactory.getLogger(CalendarReminder.class);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Mailer mailer;
    private final Officers officers;
    private final MessageSource messages;
    private final String pageUrl;

    CalendarReminder(WorkingCalendar calendar, Clock clock, ApplicationEventPublisher events, Mailer mailer,
                     Officers officers, MessageSource messages,
                     @Value("${vetflow.public-service.lookup-url:http://localhost:8080/}") String siteUrl) {
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
        this.mailer = mailer;
        this.officers = officers;
        this.messages = messages;
        this.pageUrl = siteUrl + (siteUrl.endsWith("/") ? "" : "/") + "admin/calendar";
    }

    /** Next year, when it is on or after 1 October and next year is not confirmed; otherwise null. */
    public Integer pendingYear() {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        int next = today.getYear() + 1;
        return !MonthDay.from(today).isBefore(FIRST_REMINDER) && calendar.isProvisional(next) ? next : null;
    }

    @Scheduled(cron = "${vetflow.calendar.reminder-cron:0 0 8 * * *}", zone = "${vetflow.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "calendar-reminder")
    void daily() {
        check();
    }

    /** Publishes the day's reminder when one is due; returns whether it did. */
    @Transactional
    public boolean check() {
        Integer year = pendingYear();
        if (year == null) {
            return false;
        }
        events.publishEvent(new CalendarConfirmationDue(year, LocalDate.now(clock.withZone(calendar.zone()))));
        return true;
    }

    @ApplicationModuleListener
    void remind(CalendarConfirmationDue due) {
        if (!calendar.isProvisional(due.year())) {
            return; // confirmed in the meantime
        }
        String subject = messages.getMessage("calendar.mail.subject", new Object[] {due.year()}, VI);
        String body = messages.getMessage("calendar.mail.body", new Object[] {due.year(), pageUrl}, VI);
        for (String address : administrators()) {
            mailer.send(OutgoingMail.text(address, subject, body));
        }
    }

    private List<String> administrators() {
        List<String> addresses = new ArrayList<>();
        for (String username : officers.inGroup(Roles.ADMIN).keySet()) {
            officers.email(username).ifPresent(addresses::add);
        }
        if (addresses.isEmpty()) {
            log.info("No administrator with an e-mail address: calendar reminder not sent");
        }
        return addresses;
    }
}
