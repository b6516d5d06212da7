package vn.vetflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.JulianFields;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    /** Published first days of Tết; 1985 and 2007 are the years where Hanoi and Beijing disagree. */
    @ParameterizedTest
    @CsvSource({"1985, 1985-01-21", "2007, 2007-02-17", "2025, 2025-01-29", "2026, 2026-02-17",
            "2027, 2027-02-06", "2028, 2028-01-26"})
    void tetFallsOnTheVietnameseDate(int year, LocalDate firstDay) {
        assertThat(LunarCalendar.newYear(year)).isEqualTo(firstDay);
    }

    @Test
    void theChineseZoneGivesTheChineseDatesSoTheZoneIsWhatMatters() {
        assertThat(chineseNewYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
        assertThat(chineseNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
    }

    @ParameterizedTest
    @CsvSource({"2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16"})
    void hungKingsDayIsTheTenthOfTheThirdMonth(int year, LocalDate day) {
        assertThat(LunarCalendar.toGregorian(year, 3, 10)).isEqualTo(day);
    }

    @Property(tries = 300)
    void tetIsALateJanuaryOrFebruaryDayOfItsYear(@ForAll @IntRange(min = 1901, max = 2199) int year) {
        LocalDate tet = LunarCalendar.newYear(year);
        assertThat(tet.getYear()).isEqualTo(year);
        assertThat(tet).isBetween(LocalDate.of(year, Month.JANUARY, 20), LocalDate.of(year, Month.FEBRUARY, 21));
        // The lunar year has 12 or 13 months of 29 or 30 days.
        long length = ChronoUnit.DAYS.between(tet, LunarCalendar.newYear(year + 1));
        assertThat(length).isIn(353L, 354L, 355L, 383L, 384L, 385L);
    }

    private static LocalDate chineseNewYear(int year) {
        ChineseCalendar chinese = new ChineseCalendar(); // ICU's default: astronomy in China's UTC+8
        chinese.setTimeInMillis(LocalDate.of(year, 7, 1).atStartOfDay(java.time.ZoneOffset.ofHours(8))
                .toInstant().toEpochMilli());
        int lunarYear = chinese.get(Calendar.EXTENDED_YEAR);
        chinese.clear();
        chinese.set(Calendar.EXTENDED_YEAR, lunarYear);
        chinese.set(Calendar.MONTH, 0);
        chinese.set(Calendar.DAY_OF_MONTH, 1);
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, chinese.get(Calendar.JULIAN_DAY));
    }
}
