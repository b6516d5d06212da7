package vn.vetflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A year's days off computed from the Labour Code 2019 alone, for years whose schedule has not been
 * announced (or confirmed by an administrator). The government's yearly schedule for civil servants
 * overrides it.
 *
 * <ul>
 * <li>Art. 112(1): 1 January; five days of Tết; Hùng Kings' day (10/3 lunar); 30 April; 1 May; National
 * Day 2 September and one day before or after it.</li>
 * <li>Art. 111(3): a holiday that falls on the weekly rest day is made up on the next working day(s).</li>
 * </ul>
 *
 * <p>Two choices the law leaves to the yearly decision are made here as statutory defaults, marked
 * "chưa xác nhận" (to confirm) in the day names:
 * <ul>
 * <li>Tết: the last day of the old lunar year and the first four days of the new one (the usual
 * schedule for civil servants, e.g. 2026: 16–20 February).</li>
 * <li>National Day: 1 September, the day before (as in 2023–2026: with the made-up day rule it gives
 * 1 + 4 September in 2023 and 2 + 3 September in 2024).</li>
 * </ul>
 * Lunar dates are those of the Vietnamese calendar ({@link LunarCalendar}).
 */
final class StatutoryHolidays {

    static final String SOURCE = "Bộ luật Lao động 2019, Điều 111(3), 112(1) (tính theo luật, chưa xác nhận)";

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final String[] STEMS = {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
    private static final String[] BRANCHES = {"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu",
            "Tuất", "Hợi"};

    private StatutoryHolidays() {
    }

    /** The computed year: weekday holidays and made-up days as days off, no working weekend days. */
    static CalendarYear of(int year) {
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        holidays.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate tet = LunarCalendar.newYear(year);
        String tetName = "Tết Nguyên đán " + yearName(year) + " (chưa xác nhận)";
        for (LocalDate day = tet.minusDays(1); !day.isAfter(tet.plusDays(3)); day = day.plusDays(1)) {
            holidays.put(day, tetName);
        }
        holidays.put(LunarCalendar.toGregorian(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        holidays.put(LocalDate.of(year, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước");
        holidays.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động");
        holidays.put(LocalDate.of(year, 9, 1), "Quốc khánh (ngày liền kề, chưa xác nhận)");
        holidays.put(LocalDate.of(year, 9, 2), "Quốc khánh");

        List<CalendarDay> daysOff = new ArrayList<>();
        Set<LocalDate> taken = new HashSet<>();
        holidays.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(holiday -> {
            LocalDate date = holiday.getKey();
            if (!isWeekend(date)) {
                daysOff.add(new CalendarDay(date, holiday.getValue()));
                return;
            }
            // Made up on the first weekday after it that is neither a holiday nor already a made-up day.
            LocalDate makeUp = date.plusDays(1);
            while (isWeekend(makeUp) || holidays.containsKey(makeUp) || taken.contains(makeUp)) {
                makeUp = makeUp.plusDays(1);
            }
            taken.add(makeUp);
            daysOff.add(new CalendarDay(makeUp, "Nghỉ bù " + holiday.getValue() + " (" + DAY_MONTH.format(date)
                    + " trùng ngày nghỉ hằng tuần)"));
        });
        daysOff.sort(java.util.Comparator.comparing(CalendarDay::date));
        return new CalendarYear(year, daysOff, List.of(), SOURCE, false);
    }

    /** The sexagenary name of the lunar year starting in {@code year}: 2026 is Bính Ngọ. */
    static String yearName(int year) {
        return STEMS[Math.floorMod(year + 6, 10)] + " " + BRANCHES[Math.floorMod(year + 8, 12)];
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
