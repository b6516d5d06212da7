package vn.vetflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vetflow.calendar.TestCalendars.date;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The calendar as a Spring bean: settings, the administrator's folder, failing at startup. */
class CalendarConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CalendarConfiguration.class);

    @TempDir
    Path dir;

    @Test
    void defaults() {
        context.run(app -> {
            assertThat(app).hasNotFailed();
            CalendarProperties properties = app.getBean(CalendarProperties.class);
            assertThat(properties.location()).isEqualTo("classpath*:calendar/*.yaml");
            assertThat(properties.extraLocation()).isNull();
            assertThat(properties.cutOff()).isEqualTo(LocalTime.of(15, 0));
            assertThat(properties.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
            WorkingCalendar calendar = app.getBean(WorkingCalendar.class);
            assertThat(calendar.yearsWithData()).containsExactly(2025, 2026, 2027);
            assertThat(calendar.cutOff()).isEqualTo(LocalTime.of(15, 0));
        });
    }

    @Test
    void theApplicationSettingsBind() {
        context.withInitializer(new ConfigDataApplicationContextInitializer()).run(app -> {
            WorkingCalendar calendar = app.getBean(WorkingCalendar.class);
            assertThat(calendar.cutOff()).isEqualTo(LocalTime.of(15, 0));
            assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
            assertThat(calendar.yearsWithData()).containsExactly(2025, 2026, 2027);
        });
    }

    @Test
    void settingsOverrideTheDefaults() {
        context.withPropertyValues("vetflow.calendar.cut-off=16:30", "vetflow.calendar.zone=Asia/Bangkok")
                .run(app -> {
                    WorkingCalendar calendar = app.getBean(WorkingCalendar.class);
                    assertThat(calendar.cutOff()).isEqualTo(LocalTime.of(16, 30));
                    assertThat(calendar.zone()).isEqualTo(ZoneId.of("Asia/Bangkok"));
                });
    }

    @Test
    void anAdministratorsFileReplacesTheShippedYear() throws IOException {
        Files.writeString(dir.resolve("2026.yaml"), "year: 2026\nworkingDays:\n  - { date: 2026-03-07, name: \"Làm bù\" }\n");
        context.withPropertyValues("vetflow.calendar.extra-location=file:" + dir + "/*.yaml").run(app -> {
            WorkingCalendar calendar = app.getBean(WorkingCalendar.class);
            assertThat(calendar.isWorkingDay(date(2026, 1, 2))).isTrue();
            assertThat(calendar.isWorkingDay(date(2026, 3, 7))).isTrue();
            assertThat(calendar.workingWeekendDays(2026)).extracting(CalendarDay::name).containsExactly("Làm bù");
        });
    }

    @Test
    void aBrokenFileStopsTheStartup() throws IOException {
        Files.writeString(dir.resolve("2026.yaml"), "year: 2026\ndaysOff:\n  - { date: 2026-01-04, name: \"Sunday\" }\n");
        context.withPropertyValues("vetflow.calendar.extra-location=file:" + dir + "/*.yaml").run(app -> {
            assertThat(app).hasFailed();
            assertThat(app.getStartupFailure()).rootCause()
                    .isInstanceOf(CalendarDataException.class)
                    .hasMessageContaining(dir.resolve("2026.yaml").toString())
                    .hasMessageContaining("daysOff entry 1 {date: 2026-01-04, name: \"Sunday\"}: 2026-01-04 is a Sunday");
        });
    }
}
