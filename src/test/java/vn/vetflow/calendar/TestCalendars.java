package vn.vetflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/** The shipped calendar, built the way a plain unit test of any module can build it. */
final class TestCalendars {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalTime CUT_OFF = LocalTime.of(15, 0);

    private static final WorkingCalendar SHIPPED = shippedCalendar();

    private TestCalendars() {
    }

    /** Shared, immutable instance of the shipped data (2025, 2026). */
    static WorkingCalendar shipped() {
        return SHIPPED;
    }

    /** A new instance of the shipped data, for tests that watch its warnings. */
    static WorkingCalendar shippedCalendar() {
        return new WorkingCalendar(new CalendarLoader().load(CalendarLoader.DEFAULT_LOCATION, null), CUT_OFF, VIETNAM);
    }

    /** The instant of a local date and time in Vietnam. */
    static Instant vietnam(LocalDate date, int hour, int minute, int second) {
        return LocalDateTime.of(date, LocalTime.of(hour, minute, second)).atZone(VIETNAM).toInstant();
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
