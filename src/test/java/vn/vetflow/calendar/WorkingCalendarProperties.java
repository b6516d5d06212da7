package vn.vetflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vetflow.calendar.TestCalendars.CUT_OFF;
import static vn.vetflow.calendar.TestCalendars.VIETNAM;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the working-day arithmetic over dates in 2024-2028: shipped years (2025, 2026, provisional
 * 2027) between years computed from the Labour Code (2024, 2028). The naive day-by-day versions in this class are
 * the reference the fast implementation is checked against.
 */
class WorkingCalendarProperties {

    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2028, 12, 31);

    private static final Set<LocalDate> LISTED_OFF = new HashSet<>();
    private static final Set<LocalDate> LISTED_WORKED = new HashSet<>();

    static {
        java.util.stream.IntStream.rangeClosed(FIRST.getYear(), LAST.getYear()).mapToObj(TestCalendars.shipped()::year)
                .forEach(year -> {
            year.daysOff().forEach(d -> LISTED_OFF.add(d.date()));
            year.workingDays().forEach(d -> LISTED_WORKED.add(d.date()));
        });
    }

    private final WorkingCalendar calendar = TestCalendars.shipped();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<LocalDate> workingDays() {
        return dates().filter(calendar::isWorkingDay);
    }

    /** Receipt times anywhere in the day, with extra weight on the cut-off and midnight. */
    @Provide
    Arbitrary<Instant> receipts() {
        Arbitrary<LocalTime> anyTime = Arbitraries.integers().between(0, 86_399).map(LocalTime::ofSecondOfDay);
        Arbitrary<LocalTime> edges = Arbitraries.of(CUT_OFF.minusSeconds(1), CUT_OFF, CUT_OFF.plusSeconds(1),
                LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59));
        return Combinators.combine(dates(), Arbitraries.oneOf(anyTime, edges))
                .as((date, time) -> LocalDateTime.of(date, time).atZone(VIETNAM).toInstant());
    }

    @Property
    void isWorkingDayFollowsThePublishedData(@ForAll("dates") LocalDate day) {
        boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        assertThat(calendar.isWorkingDay(day))
                .isEqualTo(LISTED_WORKED.contains(day) || weekday && !LISTED_OFF.contains(day));
    }

    @Property
    void addingWorkingDaysLandsOnAWorkingDay(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 400) int n) {
        assertThat(calendar.isWorkingDay(calendar.addWorkingDays(from, n))).isTrue();
    }

    @Property
    void workingDaysBetweenCountsWhatWasAdded(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 400) int n) {
        assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).isEqualTo(n);
    }

    @Property
    void addingMoreWorkingDaysLandsLater(@ForAll("dates") LocalDate from,
                                         @ForAll @IntRange(max = 300) int n,
                                         @ForAll @IntRange(min = 1, max = 100) int more) {
        assertThat(calendar.addWorkingDays(from, n + more)).isAfter(calendar.addWorkingDays(from, n));
    }

    @Property
    void addingAgreesWithSteppingDayByDay(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 60) int n) {
        assertThat(calendar.addWorkingDays(from, n)).isEqualTo(stepForward(from, n));
    }

    @Property
    void workingDaysBetweenAgreesWithCountingDayByDay(@ForAll("dates") LocalDate from, @ForAll("dates") LocalDate to) {
        int expected = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            expected += calendar.isWorkingDay(d) ? 1 : 0;
        }
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @Property
    void workingDaysBetweenAddsUp(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b, @ForAll("dates") LocalDate c) {
        List<LocalDate> sorted = Stream.of(a, b, c).sorted().toList();
        LocalDate first = sorted.get(0);
        LocalDate middle = sorted.get(1);
        LocalDate last = sorted.get(2);
        assertThat(calendar.workingDaysBetween(first, middle) + calendar.workingDaysBetween(middle, last))
                .isEqualTo(calendar.workingDaysBetween(first, last));
    }

    @Property
    void nextWorkingDaySkipsOnlyDaysOff(@ForAll("dates") LocalDate day) {
        LocalDate next = calendar.nextWorkingDay(day);
        assertThat(next).isAfter(day).isEqualTo(calendar.addWorkingDays(day, 1));
        assertThat(calendar.isWorkingDay(next)).isTrue();
        for (LocalDate d = day.plusDays(1); d.isBefore(next); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as("%s", d).isFalse();
        }
    }

    @Property
    void anEmptyPauseChangesNothing(@ForAll("dates") LocalDate due, @ForAll("dates") LocalDate pausedOn) {
        assertThat(calendar.extend(due, pausedOn, pausedOn)).isEqualTo(due);
    }

    @Property
    void aPauseMovesTheDueDateByItsWorkingDays(@ForAll("workingDays") LocalDate due,
                                               @ForAll("dates") LocalDate pausedOn,
                                               @ForAll @IntRange(max = 60) int length) {
        LocalDate resumedOn = pausedOn.plusDays(length);
        LocalDate extended = calendar.extend(due, pausedOn, resumedOn);
        assertThat(extended).isAfterOrEqualTo(due);
        assertThat(calendar.workingDaysBetween(due, extended)).isEqualTo(calendar.workingDaysBetween(pausedOn, resumedOn));
    }

    @Property
    void receiptDayIsAWorkingDayNeverBeforeTheLocalDate(@ForAll("receipts") Instant receivedAt) {
        ZonedDateTime local = receivedAt.atZone(VIETNAM);
        LocalDate day = calendar.receiptDay(receivedAt);
        assertThat(calendar.isWorkingDay(day)).isTrue();
        assertThat(day).isAfterOrEqualTo(local.toLocalDate()).isBeforeOrEqualTo(calendar.nextWorkingDay(local.toLocalDate()));
        boolean countsToday = calendar.isWorkingDay(local.toLocalDate()) && local.toLocalTime().isBefore(CUT_OFF);
        assertThat(day.equals(local.toLocalDate())).isEqualTo(countsToday);
    }

    @Property
    void dueDateCountsFromTheReceiptDay(@ForAll("receipts") Instant receivedAt, @ForAll @IntRange(max = 60) int n) {
        LocalDate due = calendar.dueDate(receivedAt, n);
        assertThat(calendar.workingDaysBetween(calendar.receiptDay(receivedAt), due)).isEqualTo(n);
    }

    @Property
    void classifyAgreesWithDateOrder(@ForAll("dates") LocalDate finishedOn, @ForAll("dates") LocalDate due) {
        Timeliness expected = finishedOn.isBefore(due) ? Timeliness.EARLY
                : finishedOn.isEqual(due) ? Timeliness.ON_TIME : Timeliness.LATE;
        assertThat(calendar.classify(finishedOn, due)).isEqualTo(expected);
    }

    @Property
    void subtractingUndoesAddingOnWorkingDays(@ForAll("workingDays") LocalDate day, @ForAll @IntRange(max = 400) int n) {
        assertThat(calendar.subtractWorkingDays(calendar.addWorkingDays(day, n), n)).isEqualTo(day);
        assertThat(calendar.addWorkingDays(calendar.subtractWorkingDays(day, n), n)).isEqualTo(day);
    }

    @Property
    void subtractingAgreesWithSteppingDayByDay(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 60) int n) {
        assertThat(calendar.subtractWorkingDays(from, n)).isEqualTo(stepBackward(from, n));
    }

    @Property
    void workingDaysLeftIsASignedCount(@ForAll("dates") LocalDate today, @ForAll("dates") LocalDate due) {
        int left = calendar.workingDaysLeft(today, due);
        assertThat(calendar.workingDaysLeft(due, today)).isEqualTo(-left);
        if (today.isAfter(due)) {
            assertThat(left).isEqualTo(-calendar.workingDaysBetween(due, today)).isNotPositive();
        } else {
            assertThat(left).isEqualTo(calendar.workingDaysBetween(today, due)).isNotNegative();
        }
    }

    @Property
    void workingDaysLeftUntilAnAddedDueDate(@ForAll("dates") LocalDate today, @ForAll @IntRange(max = 60) int n) {
        assertThat(calendar.workingDaysLeft(today, calendar.addWorkingDays(today, n))).isEqualTo(n);
    }

    private LocalDate stepForward(LocalDate from, int n) {
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            counted += calendar.isWorkingDay(day) ? 1 : 0;
        }
        return day;
    }

    private LocalDate stepBackward(LocalDate from, int n) {
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            counted += calendar.isWorkingDay(day) ? 1 : 0;
        }
        return day;
    }
}
