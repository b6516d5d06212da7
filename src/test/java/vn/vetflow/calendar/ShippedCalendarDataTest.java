package vn.vetflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vetflow.calendar.TestCalendars.date;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The shipped years against the announcements they were typed from. */
class ShippedCalendarDataTest {

    private final WorkingCalendar calendar = TestCalendars.shipped();

    @Test
    void daysOff2025() {
        assertThat(daysOff(2025)).containsExactly(
                date(2025, 1, 1),
                date(2025, 1, 27), date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30), date(2025, 1, 31),
                date(2025, 4, 7),
                date(2025, 4, 30), date(2025, 5, 1), date(2025, 5, 2),
                date(2025, 9, 1), date(2025, 9, 2));
        assertThat(calendar.workingWeekendDays(2025)).extracting(CalendarDay::date).containsExactly(date(2025, 4, 26));
    }

    @Test
    void daysOff2026() {
        assertThat(daysOff(2026)).containsExactly(
                date(2026, 1, 1), date(2026, 1, 2),
                date(2026, 2, 16), date(2026, 2, 17), date(2026, 2, 18), date(2026, 2, 19), date(2026, 2, 20),
                date(2026, 4, 27),
                date(2026, 4, 30), date(2026, 5, 1),
                date(2026, 9, 1), date(2026, 9, 2));
        assertThat(calendar.workingWeekendDays(2026)).extracting(CalendarDay::date).containsExactly(date(2026, 1, 10));
    }

    @Test
    void tetBreaksRunWithoutAWorkingDay() {
        assertThat(calendar.workingDaysBetween(date(2025, 1, 24), date(2025, 2, 2))).isZero();
        assertThat(calendar.workingDaysBetween(date(2026, 2, 13), date(2026, 2, 22))).isZero();
        assertThat(calendar.workingDaysBetween(date(2025, 12, 31), date(2026, 1, 4))).isZero();
    }

    @Test
    void everyDayHasAVietnameseName() {
        for (int year : calendar.yearsWithData()) {
            assertThat(calendar.daysOff(year)).extracting(CalendarDay::name).allSatisfy(n -> assertThat(n).isNotBlank());
            assertThat(calendar.workingWeekendDays(year)).extracting(CalendarDay::name).allSatisfy(n -> assertThat(n).isNotBlank());
        }
        assertThat(calendar.daysOff(2026)).extracting(CalendarDay::name).contains("Tết Nguyên đán Bính Ngọ", "Quốc khánh");
    }

    @Test
    void nationalDay2026AdjacentDayIsMarkedToConfirm() throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("calendar/2026.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int note = text.indexOf("CHƯA XÁC NHẬN");
        assertThat(note).isPositive().isLessThan(text.indexOf("2026-09-01"));
        assertThat(calendar.daysOff(2026)).contains(new CalendarDay(date(2026, 9, 1), "Quốc khánh (ngày liền kề, chưa xác nhận)"));
    }

    @Test
    void the2027FileIsTheStatutoryYearAndProvisional() {
        assertThat(calendar.isProvisional(2027)).isTrue();
        assertThat(calendar.year(2027).daysOff()).isEqualTo(calendar.statutoryYear(2027).daysOff());
        assertThat(calendar.workingWeekendDays(2027)).isEmpty();
        // 1 January and Tết Đinh Mùi (first day Saturday 06/02/2027) are days off.
        assertThat(daysOff(2027)).contains(date(2027, 1, 1), date(2027, 2, 5), date(2027, 2, 8), date(2027, 2, 9),
                date(2027, 2, 10), date(2027, 2, 11), date(2027, 4, 16), date(2027, 4, 30), date(2027, 5, 3),
                date(2027, 9, 1), date(2027, 9, 2)).hasSize(11);
        assertThat(calendar.workingDaysBetween(date(2027, 2, 4), date(2027, 2, 11))).isZero();
    }

    private List<LocalDate> daysOff(int year) {
        return calendar.daysOff(year).stream().map(CalendarDay::date).toList();
    }
}
