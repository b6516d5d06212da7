package vn.vetflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.identity.Roles;
import vn.vetflow.notification.CapturingMailer;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.VetflowTest;

/** {@code /admin/calendar}: who may use it, what it shows and changes; the banner and the daily mail from 1 October. */
@VetflowTest
class CalendarAdminPageTest {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired MockMvc mvc;
    @Autowired WorkingCalendar calendar;
    @Autowired CalendarReminder reminder;
    @Autowired CapturingMailer mailer;
    @Autowired IdentityService identity;
    @Autowired AdjustableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void restoreTheShippedCalendar() {
        clock.reset();
        jdbc.update("delete from calendar_change");
        jdbc.update("delete from calendar_confirmation");
        jdbc.update("update calendar_revision set revision = ? where id = 1", UUID.randomUUID().toString());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/calendar")).andExpect(redirectedUrlPattern("**/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.APPLICANT, Roles.INSTITUTION, Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER,
            Roles.INSPECTOR, Roles.SUPERVISOR})
    void onlyAdministratorsMayUseThePage(String role) throws Exception {
        mvc.perform(get("/admin/calendar").with(user("someone").roles(role))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/2027/changes").with(user("someone").roles(role)).with(csrf())
                        .param("date", "2027-02-12").param("kind", "DAY_OFF").param("name", "Nghỉ"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/2027/confirm").with(user("someone").roles(role)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
        assertThat(calendar.isProvisional(2027)).isTrue();
    }

    @Test
    void anAdministratorSeesTheComputedAndTheCountedDaysSideBySide() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2027").with(user("admin").roles(Roles.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"day-05-02-2027\"")))
                .andExpect(content().string(containsString("Tết Nguyên đán Đinh Mùi (chưa xác nhận)")))
                .andExpect(content().string(containsString("id=\"confirm-form\"")));
    }

    @Test
    void anAdministratorEntersChangesThatCountAtOnceAndConfirmsTheYear() throws Exception {
        mvc.perform(post("/admin/calendar/2027/changes").with(user("admin").roles(Roles.ADMIN)).with(csrf())
                        .param("date", "2027-02-12").param("kind", "DAY_OFF").param("name", "Nghỉ hoán đổi"))
                .andExpect(redirectedUrl("/admin/calendar?year=2027"))
                .andExpect(flash().attribute("message", "calendar.admin.saved"));
        mvc.perform(post("/admin/calendar/2027/changes").with(user("admin").roles(Roles.ADMIN)).with(csrf())
                        .param("date", "2027-02-20").param("kind", "WORKING_DAY").param("name", "Làm bù 12/02"))
                .andExpect(flash().attribute("message", "calendar.admin.saved"));
        mvc.perform(post("/admin/calendar/2027/changes").with(user("admin").roles(Roles.ADMIN)).with(csrf())
                        .param("date", "2027-09-01").param("kind", "REMOVED").param("name", "Nghỉ 03/09 thay 01/09"))
                .andExpect(flash().attribute("message", "calendar.admin.saved"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 1))).isTrue();

        // A weekend day cannot become a day off; the page says why and nothing changes.
        mvc.perform(post("/admin/calendar/2027/changes").with(user("admin").roles(Roles.ADMIN)).with(csrf())
                        .param("date", "2027-02-13").param("kind", "DAY_OFF").param("name", "Thứ Bảy"))
                .andExpect(flash().attribute("error", "calendar.admin.error.weekendOff"));

        mvc.perform(post("/admin/calendar/2027/confirm").with(user("admin").roles(Roles.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("message", "calendar.admin.confirmed"));
        assertThat(calendar.isProvisional(2027)).isFalse();
        mvc.perform(get("/admin/calendar").param("year", "2027").with(user("admin").roles(Roles.ADMIN)))
                .andExpect(content().string(not(containsString("id=\"confirm-form\""))))
                .andExpect(content().string(containsString("Nghỉ hoán đổi")));

        Long change = jdbc.queryForObject("select id from calendar_change where change_date = ?", Long.class,
                LocalDate.of(2027, 9, 1));
        mvc.perform(post("/admin/calendar/2027/changes/{id}/undo", change).with(user("admin").roles(Roles.ADMIN))
                .with(csrf())).andExpect(flash().attribute("message", "calendar.admin.undone"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 1))).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'admin' and action in"
                + " ('CALENDAR_CHANGED', 'CALENDAR_CONFIRMED')", Integer.class)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aChangeCountsAtOnceOnAnotherNode() throws Exception {
        // A second node: its own store and calendar over the same database, already holding the shipped data.
        WorkingCalendar otherNode = new WorkingCalendar(new CalendarStore(jdbc,
                new CalendarLoader().load(CalendarLoader.DEFAULT_LOCATION, null)), calendar.cutOff(), calendar.zone());
        assertThat(otherNode.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
        mvc.perform(post("/admin/calendar/2027/changes").with(user("admin").roles(Roles.ADMIN)).with(csrf())
                .param("date", "2027-02-12").param("kind", "DAY_OFF").param("name", "Nghỉ hoán đổi"));
        assertThat(otherNode.isWorkingDay(LocalDate.of(2027, 2, 12))).isFalse();
    }

    @Test
    void fromTheFirstOfOctoberAdministratorsSeeABannerWhileNextYearIsNotConfirmed() throws Exception {
        at(2026, 9, 30);
        mvc.perform(get("/").with(user("admin").roles(Roles.ADMIN)))
                .andExpect(content().string(not(containsString("id=\"calendar-banner\""))));
        at(2026, 10, 1);
        mvc.perform(get("/").with(user("admin").roles(Roles.ADMIN)))
                .andExpect(content().string(containsString("id=\"calendar-banner\"")));
        mvc.perform(get("/").with(user("tiepnhan").roles(Roles.RECEPTION)))
                .andExpect(content().string(not(containsString("id=\"calendar-banner\""))));
        jdbc.update("insert into calendar_confirmation (calendar_year, confirmed_by, confirmed_at) values (2027, 'admin', current_timestamp)");
        jdbc.update("update calendar_revision set revision = ? where id = 1", UUID.randomUUID().toString());
        mvc.perform(get("/").with(user("admin").roles(Roles.ADMIN)))
                .andExpect(content().string(not(containsString("id=\"calendar-banner\""))));
    }

    @Test
    void fromTheFirstOfOctoberAdministratorsGetADailyMail() {
        String admin = newAdministrator();
        at(2026, 9, 30);
        assertThat(reminder.check()).isFalse();
        at(2026, 10, 1);
        assertThat(reminder.check()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailer.to(admin + "@example.vn").isEmpty());
        assertThat(mailer.to(admin + "@example.vn")).singleElement()
                .satisfies(mail -> assertThat(mail.mail().subject()).contains("2027"))
                .satisfies(mail -> assertThat(mail.mail().textBody()).contains("/admin/calendar"));
    }

    private String newAdministrator() {
        String username = "qt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        User user = identity.newUser(username);
        user.setFirstName("Lịch");
        user.setLastName("Quản trị");
        user.setEmail(username + "@example.vn");
        user.setPassword("quantri2026x");
        identity.saveUser(user);
        identity.createMembership(username, Roles.ADMIN);
        return username;
    }

    private void at(int year, int month, int day) {
        clock.setTo(LocalDateTime.of(year, month, day, 9, 0).atZone(VN).toInstant());
    }
}
