package vn.vetflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.vetflow.calendar.TestCalendars.CUT_OFF;
import static vn.vetflow.calendar.TestCalendars.VIETNAM;
import static vn.vetflow.calendar.TestCalendars.date;
import static vn.vetflow.calendar.TestCalendars.vietnam;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Deadlines checked by hand against the published calendars of 2025 and 2026. */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = TestCalendars.shipped();

    @Nested
    class DueDates {

        @Test
        void oneWorkingDayFromFridayBeforeTetIsTheMondayAfterIt() {
            // Fri 13/02/2026, 10:00; Tết off Sat 14/02 - Sun 22/02.
            assertThat(calendar.dueDate(vietnam(date(2026, 2, 13), 10, 0, 0), 1)).isEqualTo(date(2026, 2, 23));
        }

        @Test
        void aMakeUpSaturdayIsAWorkingDay() {
            // Thu 08/01/2026: Fri 09/01 is the 1st working day, Sat 10/01 (made up for 02/01) the 2nd.
            Instant thursdayMorning = vietnam(date(2026, 1, 8), 9, 30, 0);
            assertThat(calendar.dueDate(thursdayMorning, 1)).isEqualTo(date(2026, 1, 9));
            assertThat(calendar.dueDate(thursdayMorning, 2)).isEqualTo(date(2026, 1, 10));
            assertThat(calendar.dueDate(thursdayMorning, 3)).isEqualTo(date(2026, 1, 12));
        }

        @Test
        void tenWorkingDaysFromTwentiethOfAprilSkipTheHolidaysOf2026() {
            LocalDate monday = date(2026, 4, 20);
            List<LocalDate> days = IntStream.rangeClosed(1, 10)
                    .mapToObj(n -> calendar.addWorkingDays(monday, n))
                    .toList();
            // Skipped: weekend 25-26/04, Mon 27/04 (Hùng Kings made up), 30/04, 01/05, weekend 02-03/05.
            assertThat(days).containsExactly(
                    date(2026, 4, 21), date(2026, 4, 22), date(2026, 4, 23), date(2026, 4, 24),
                    date(2026, 4, 28), date(2026, 4, 29),
                    date(2026, 5, 4), date(2026, 5, 5), date(2026, 5, 6), date(2026, 5, 7));
            assertThat(calendar.workingDaysBetween(monday, date(2026, 5, 7))).isEqualTo(10);
        }

        @Test
        void acrossTet2025() {
            // Tết 2025: off Sat 25/01 - Sun 02/02.
            assertThat(calendar.dueDate(vietnam(date(2025, 1, 24), 10, 0, 0), 5)).isEqualTo(date(2025, 2, 7));
            assertThat(calendar.dueDate(vietnam(date(2025, 1, 23), 10, 0, 0), 2)).isEqualTo(date(2025, 2, 3));
            assertThat(calendar.workingDaysBetween(date(2025, 1, 24), date(2025, 2, 3))).isEqualTo(1);
        }

        @Test
        void aroundThirtiethOfApril2025() {
            // Sat 26/04/2025 is worked for Fri 02/05; 30/04 - 04/05 off.
            LocalDate friday = date(2025, 4, 25);
            assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(date(2025, 4, 26));
            assertThat(calendar.addWorkingDays(friday, 3)).isEqualTo(date(2025, 4, 29));
            assertThat(calendar.addWorkingDays(friday, 4)).isEqualTo(date(2025, 5, 5));
        }

        @Test
        void nationalDay2025() {
            assertThat(calendar.nextWorkingDay(date(2025, 8, 29))).isEqualTo(date(2025, 9, 3));
        }

        @Test
        void acrossNewYear() {
            assertThat(calendar.nextWorkingDay(date(2025, 12, 30))).isEqualTo(date(2025, 12, 31));
            assertThat(calendar.nextWorkingDay(date(2025, 12, 31))).isEqualTo(date(2026, 1, 5));
            assertThat(calendar.addWorkingDays(date(2025, 12, 30), 2)).isEqualTo(date(2026, 1, 5));
            assertThat(calendar.workingDaysBetween(date(2025, 12, 30), date(2026, 1, 5))).isEqualTo(2);
        }

        @Test
        void zeroDaysIsTheStartEvenOnADayOff() {
            assertThat(calendar.addWorkingDays(date(2026, 1, 1), 0)).isEqualTo(date(2026, 1, 1));
            assertThat(calendar.subtractWorkingDays(date(2026, 1, 1), 0)).isEqualTo(date(2026, 1, 1));
        }

        @Test
        void negativeCountsAreRejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(date(2026, 1, 5), -1));
            assertThatIllegalArgumentException().isThrownBy(() -> calendar.subtractWorkingDays(date(2026, 1, 5), -1));
        }

        @Test
        void manyYearsAhead() {
            // 2027 is shipped provisional: 261 weekdays less 11 days off; 2030 is computed: 261 less 11.
            assertThat(calendar.workingDaysBetween(date(2026, 12, 31), date(2027, 12, 31))).isEqualTo(250);
            assertThat(calendar.addWorkingDays(date(2026, 12, 31), 250)).isEqualTo(date(2027, 12, 31));
            assertThat(calendar.subtractWorkingDays(date(2027, 12, 31), 250)).isEqualTo(date(2026, 12, 31));
            assertThat(calendar.workingDaysBetween(date(2029, 12, 31), date(2030, 12, 31))).isEqualTo(250);
        }
    }

    @Nested
    class Receipt {

        @Test
        void beforeTheCutOffCountsToday() {
            assertThat(calendar.receiptDay(vietnam(date(2026, 1, 8), 14, 59, 59))).isEqualTo(date(2026, 1, 8));
        }

        @Test
        void atOrAfterTheCutOffCountsTheNextWorkingDay() {
            assertThat(calendar.receiptDay(vietnam(date(2026, 1, 8), 15, 0, 0))).isEqualTo(date(2026, 1, 9));
            assertThat(calendar.receiptDay(vietnam(date(2026, 1, 8), 23, 59, 59))).isEqualTo(date(2026, 1, 9));
            assertThat(calendar.dueDate(vietnam(date(2026, 1, 8), 15, 0, 0), 1)).isEqualTo(date(2026, 1, 10));
            // Friday afternoon before Tết: counted from Monday 23/02.
            assertThat(calendar.receiptDay(vietnam(date(2026, 2, 13), 15, 30, 0))).isEqualTo(date(2026, 2, 23));
            // Friday 09/01/2026 afternoon: the next working day is the make-up Saturday.
            assertThat(calendar.receiptDay(vietnam(date(2026, 1, 9), 16, 0, 0))).isEqualTo(date(2026, 1, 10));
        }

        @Test
        void theCutOffIsReadInVietnamTime() {
            // 08:00 UTC is 15:00 in Vietnam.
            assertThat(calendar.receiptDay(Instant.parse("2026-01-08T07:59:59Z"))).isEqualTo(date(2026, 1, 8));
            assertThat(calendar.receiptDay(Instant.parse("2026-01-08T08:00:00Z"))).isEqualTo(date(2026, 1, 9));
            // 20:00 UTC on Wednesday is already Thursday 03:00 in Vietnam.
            assertThat(calendar.receiptDay(Instant.parse("2026-01-07T20:00:00Z"))).isEqualTo(date(2026, 1, 8));
        }

        @Test
        void aSaturdayCountsFromMonday() {
            Instant saturday = vietnam(date(2026, 1, 17), 9, 0, 0);
            assertThat(calendar.receiptDay(saturday)).isEqualTo(date(2026, 1, 19));
            assertThat(calendar.dueDate(saturday, 3)).isEqualTo(date(2026, 1, 22));
            assertThat(calendar.receiptDay(vietnam(date(2026, 1, 18), 8, 0, 0))).isEqualTo(date(2026, 1, 19));
        }

        @Test
        void aMakeUpSaturdayMorningCountsThatSaturday() {
            Instant makeUpSaturday = vietnam(date(2026, 1, 10), 9, 0, 0);
            assertThat(calendar.receiptDay(makeUpSaturday)).isEqualTo(date(2026, 1, 10));
            assertThat(calendar.dueDate(makeUpSaturday, 1)).isEqualTo(date(2026, 1, 12));
        }

        @Test
        void aHolidayCountsFromTheNextWorkingDay() {
            assertThat(calendar.receiptDay(vietnam(date(2026, 1, 1), 9, 0, 0))).isEqualTo(date(2026, 1, 5));
        }

        @Test
        void cutOffAndZoneAreThoseGiven() {
            WorkingCalendar other = new WorkingCalendar(List.of(), LocalTime.of(16, 30), ZoneId.of("UTC"));
            assertThat(other.cutOff()).isEqualTo(LocalTime.of(16, 30));
            assertThat(other.zone()).isEqualTo(ZoneId.of("UTC"));
            assertThat(other.receiptDay(Instant.parse("2026-01-08T16:29:59Z"))).isEqualTo(date(2026, 1, 8));
            assertThat(other.receiptDay(Instant.parse("2026-01-08T16:30:00Z"))).isEqualTo(date(2026, 1, 9));
        }
    }

    @Nested
    class PausedClock {

        @Test
        void aPauseOfThreeWorkingDaysMovesTheDueDateByThreeWorkingDays() {
            LocalDate due = date(2026, 5, 7);
            // Paused Mon 04/05, resumed Thu 07/05: 05, 06, 07/05 are lost.
            assertThat(calendar.extend(due, date(2026, 5, 4), date(2026, 5, 7))).isEqualTo(date(2026, 5, 12));
        }

        @Test
        void onlyWorkingDaysOfThePauseCount() {
            LocalDate due = date(2026, 5, 7);
            // Paused Fri 24/04, resumed Mon 04/05: only 28/04, 29/04 and 04/05 were working days.
            assertThat(calendar.workingDaysBetween(date(2026, 4, 24), date(2026, 5, 4))).isEqualTo(3);
            assertThat(calendar.extend(due, date(2026, 4, 24), date(2026, 5, 4))).isEqualTo(date(2026, 5, 12));
        }

        @Test
        void aPauseWithinTheSameDayChangesNothing() {
            LocalDate due = date(2026, 5, 7);
            assertThat(calendar.extend(due, date(2026, 5, 4), date(2026, 5, 4))).isEqualTo(due);
            // Paused on a Saturday, resumed on the Sunday: no working day lost.
            assertThat(calendar.extend(due, date(2026, 5, 2), date(2026, 5, 3))).isEqualTo(due);
        }
    }

    @Nested
    class Measures {

        @Test
        void classifyAgainstTheDueDate() {
            LocalDate due = date(2026, 5, 7);
            assertThat(calendar.classify(date(2026, 5, 6), due)).isEqualTo(Timeliness.EARLY);
            assertThat(calendar.classify(due, due)).isEqualTo(Timeliness.ON_TIME);
            assertThat(calendar.classify(date(2026, 5, 8), due)).isEqualTo(Timeliness.LATE);
        }

        @Test
        void workingDaysLeftIsSigned() {
            LocalDate due = date(2026, 5, 7);
            assertThat(calendar.workingDaysLeft(date(2026, 4, 24), due)).isEqualTo(6);
            assertThat(calendar.workingDaysLeft(date(2026, 5, 4), due)).isEqualTo(3);
            assertThat(calendar.workingDaysLeft(due, due)).isZero();
            assertThat(calendar.workingDaysLeft(date(2026, 5, 8), due)).isEqualTo(-1);
            assertThat(calendar.workingDaysLeft(date(2026, 5, 9), due)).isEqualTo(-1);
            assertThat(calendar.workingDaysLeft(date(2026, 5, 11), due)).isEqualTo(-2);
        }

        @Test
        void workingDaysBetweenIsZeroWhenTheEndIsNotLater() {
            assertThat(calendar.workingDaysBetween(date(2026, 5, 7), date(2026, 5, 7))).isZero();
            assertThat(calendar.workingDaysBetween(date(2026, 5, 7), date(2026, 5, 4))).isZero();
        }

        @Test
        void warningsBeforeAnAppointment() {
            // Two working days before Mon 04/05/2026: Wed 29/04, then Tue 28/04.
            assertThat(calendar.subtractWorkingDays(date(2026, 5, 4), 1)).isEqualTo(date(2026, 4, 29));
            assertThat(calendar.subtractWorkingDays(date(2026, 5, 4), 2)).isEqualTo(date(2026, 4, 28));
            assertThat(calendar.subtractWorkingDays(date(2026, 2, 23), 1)).isEqualTo(date(2026, 2, 13));
            assertThat(calendar.subtractWorkingDays(date(2026, 1, 5), 1)).isEqualTo(date(2025, 12, 31));
            assertThat(calendar.subtractWorkingDays(date(2026, 1, 5), 2)).isEqualTo(date(2025, 12, 30));
            assertThat(calendar.subtractWorkingDays(date(2026, 1, 12), 1)).isEqualTo(date(2026, 1, 10));
        }
    }

    @Nested
    class Data {

        @Test
        void daysOfThePublishedCalendar() {
            assertThat(calendar.isWorkingDay(date(2026, 1, 2))).isFalse();
            assertThat(calendar.isWorkingDay(date(2026, 1, 10))).isTrue();
            assertThat(calendar.isWorkingDay(date(2026, 1, 11))).isFalse();
            assertThat(calendar.isWorkingDay(date(2026, 4, 27))).isFalse();
            assertThat(calendar.isWorkingDay(date(2026, 4, 28))).isTrue();
            assertThat(calendar.isWorkingDay(date(2025, 4, 26))).isTrue();
            assertThat(calendar.isWorkingDay(date(2025, 5, 2))).isFalse();
        }

        @Test
        void listsForPagesAreByDateWithNames() {
            assertThat(calendar.workingWeekendDays(2026))
                    .containsExactly(new CalendarDay(date(2026, 1, 10), "Làm bù ngày 02/01/2026"));
            assertThat(calendar.daysOff(2026)).extracting(CalendarDay::date).isSorted().contains(date(2026, 2, 17));
            assertThat(calendar.daysOff(2026)).first().isEqualTo(new CalendarDay(date(2026, 1, 1), "Tết Dương lịch"));
            assertThat(calendar.hasDataFor(2026)).isTrue();
            assertThat(calendar.yearsWithData()).containsExactly(2025, 2026, 2027);
        }

        @Test
        void aYearWithoutDataIsComputedFromTheLawAndProvisional() {
            assertThat(calendar.hasDataFor(2030)).isFalse();
            assertThat(calendar.isProvisional(2030)).isTrue();
            assertThat(calendar.isWorkingDay(date(2030, 1, 1))).isFalse();
            // Tết Canh Tuất starts Saturday 02/02/2030 in Hanoi (03/02 in Beijing): off Fri 01/02 to Tue
            // 05/02, the weekend made up on 06-07/02.
            assertThat(calendar.daysOff(2030)).extracting(CalendarDay::date).contains(date(2030, 2, 1), date(2030, 2, 4),
                    date(2030, 2, 5), date(2030, 2, 6), date(2030, 2, 7));
            assertThat(calendar.year(2030)).isEqualTo(calendar.statutoryYear(2030));
        }

        @Test
        void shippedYearsAreConfirmedExceptTheProvisional2027() {
            assertThat(calendar.isProvisional(2025)).isFalse();
            assertThat(calendar.isProvisional(2026)).isFalse();
            assertThat(calendar.isProvisional(2027)).isTrue();
            assertThat(calendar.isProvisional(date(2027, 1, 11))).isTrue();
            assertThat(calendar.isProvisional((java.time.LocalDate) null)).isFalse();
        }

        @Test
        void inconsistentDataIsRejected() {
            CalendarYear weekendOff = new CalendarYear(2026,
                    List.of(new CalendarDay(date(2026, 1, 3), "Saturday")), List.of());
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new WorkingCalendar(List.of(weekendOff), CUT_OFF, VIETNAM))
                    .withMessageContaining("2026-01-03 is a Saturday");
            CalendarYear empty = new CalendarYear(2026, List.of(), List.of());
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new WorkingCalendar(List.of(empty, empty), CUT_OFF, VIETNAM))
                    .withMessageContaining("year 2026 is given twice");
        }

        @Test
        void builtFromDataInCode() {
            WorkingCalendar custom = new WorkingCalendar(List.of(new CalendarYear(2026,
                    List.of(new CalendarDay(date(2026, 3, 2), "Test day off")),
                    List.of(new CalendarDay(date(2026, 3, 7), "Test Saturday")))), CUT_OFF, VIETNAM);
            assertThat(custom.isWorkingDay(date(2026, 1, 2))).isTrue();
            assertThat(custom.isWorkingDay(date(2026, 3, 2))).isFalse();
            assertThat(custom.nextWorkingDay(date(2026, 3, 6))).isEqualTo(date(2026, 3, 7));
        }
    }

    @Test
    void addingThirtyWorkingDaysAllocatesNoMoreThanTheResult() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        LocalDate[] starts = IntStream.range(0, 500)
                .mapToObj(i -> date(2025, 11, 1).plusDays(i))
                .toArray(LocalDate[]::new);
        long sink = 0;
        for (int i = 0; i < 50_000; i++) {
            sink += calendar.addWorkingDays(starts[i % starts.length], 30).toEpochDay();
        }
        int calls = 100_000;
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < calls; i++) {
            sink += calendar.addWorkingDays(starts[i % starts.length], 30).toEpochDay();
        }
        long perCall = (threads.getCurrentThreadAllocatedBytes() - before) / calls;
        assertThat(sink).isPositive();
        // A LocalDate is 24 bytes; anything near a day-by-day walk would be hundreds.
        assertThat(perCall).isLessThanOrEqualTo(32);
    }
}
