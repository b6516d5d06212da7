package vn.vetflow.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The Vietnamese lunisolar calendar (âm lịch): the same astronomy as the Chinese calendar, but new moons
 * and solar terms are dated at meridian 105° E (UTC+7) instead of 120° E (UTC+8). When a new moon falls
 * between 23:00 and 24:00 Hanoi time the two calendars start a month on different days, which is why Tết
 * 1985 and 2007 differ from the Chinese New Year. ICU's Chinese calendar takes the zone of its astronomy
 * as a constructor argument (its Korean calendar passes UTC+9); we pass UTC+7.
 */
final class LunarCalendar {

    private static final TimeZone UTC_PLUS_7 = new SimpleTimeZone(7 * 60 * 60 * 1000, "UTC+07:00");
    private static final long MILLIS_PER_DAY = 24L * 60 * 60 * 1000;

    private LunarCalendar() {
    }

    /**
     * The Gregorian date of day {@code lunarDay} of (non-leap) month {@code lunarMonth} of the lunar year
     * whose first day (Tết) falls in {@code gregorianYear}.
     */
    static LocalDate toGregorian(int gregorianYear, int lunarMonth, int lunarDay) {
        ChineseCalendar lunar = new Vietnamese();
        // ICU's numbering of lunar years changed between releases (cycle-based, then the related Gregorian
        // year), so ask it which lunar year contains 1 July, a day after Tết in every year.
        LocalDate midYear = LocalDate.of(gregorianYear, 7, 1);
        lunar.setTimeInMillis(midYear.toEpochDay() * MILLIS_PER_DAY - UTC_PLUS_7.getRawOffset());
        int lunarYear = lunar.get(Calendar.EXTENDED_YEAR);
        lunar.clear();
        lunar.set(Calendar.EXTENDED_YEAR, lunarYear);
        lunar.set(Calendar.MONTH, lunarMonth - 1);
        lunar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        lunar.set(Calendar.DAY_OF_MONTH, lunarDay);
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, lunar.get(Calendar.JULIAN_DAY));
    }

    /** The first day of Tết Nguyên đán (1/1 lunar) in {@code gregorianYear}. */
    static LocalDate newYear(int gregorianYear) {
        return toGregorian(gregorianYear, 1, 1);
    }

    /** ICU's Chinese calendar with its astronomy dated in UTC+7 (the protected constructor is there for this). */
    private static final class Vietnamese extends ChineseCalendar {

        private static final long serialVersionUID = 1L;

        Vietnamese() {
            super(UTC_PLUS_7, ULocale.ROOT, UTC_PLUS_7);
        }
    }
}
