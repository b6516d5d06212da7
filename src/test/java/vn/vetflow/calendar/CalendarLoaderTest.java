package vn.vetflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.vetflow.calendar.TestCalendars.CUT_OFF;
import static vn.vetflow.calendar.TestCalendars.VIETNAM;
import static vn.vetflow.calendar.TestCalendars.date;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarLoaderTest {

    private static final String SHIPPED = CalendarLoader.DEFAULT_LOCATION;

    @TempDir
    Path dir;

    private final CalendarLoader loader = new CalendarLoader();

    @Test
    void readsTheShippedYears() {
        List<CalendarYear> years = loader.load(SHIPPED, null);
        assertThat(years).extracting(CalendarYear::year).containsExactly(2025, 2026, 2027);
        assertThat(years).allSatisfy(year -> assertThat(year.source()).endsWith(year.year() + ".yaml]"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            weekend under daysOff   | daysOff:\\n  - { date: 2026-01-01, name: "New Year" }\\n  - { date: 2026-01-03, name: "Holiday" } | daysOff entry 2 {date: 2026-01-03, name: "Holiday"}: 2026-01-03 is a Saturday
            weekday under workingDays | workingDays:\\n  - { date: 2026-01-12, name: "Make-up" } | workingDays entry 1 {date: 2026-01-12, name: "Make-up"}: 2026-01-12 is a Monday
            date outside the year   | daysOff:\\n  - { date: 2027-01-01, name: "New Year" } | daysOff entry 1 {date: 2027-01-01, name: "New Year"}: the date is outside the year 2026
            date in both lists      | daysOff:\\n  - { date: 2026-01-05, name: "Off" }\\nworkingDays:\\n  - { date: 2026-01-05, name: "Worked" } | workingDays entry 1 {date: 2026-01-05, name: "Worked"}: 2026-01-05 is listed under both daysOff and workingDays
            date listed twice       | daysOff:\\n  - { date: 2026-01-05, name: "Off" }\\n  - { date: 2026-01-05, name: "Again" } | daysOff entry 2 {date: 2026-01-05, name: "Again"}: 2026-01-05 is listed twice
            impossible date         | daysOff:\\n  - { date: 2026-02-30, name: "Nowhere" } | daysOff entry 1 {date: 2026-02-30, name: "Nowhere"}: '2026-02-30' is not a date of the form YYYY-MM-DD
            date without dashes     | daysOff:\\n  - { date: 20260105, name: "Off" } | daysOff entry 1 {date: 20260105, name: "Off"}: '20260105' is not a date
            missing date            | daysOff:\\n  - { name: "Off" } | daysOff entry 1 {name: "Off"}: the date is missing
            empty entry             | daysOff:\\n  -\\n | daysOff entry 1 is empty
            unknown key             | dayOff:\\n  - { date: 2026-01-05, name: "Off" } | 2026.yaml]: unknown key 'dayOff'
            unknown entry key       | daysOff:\\n  - { day: 2026-01-05, name: "Off" } | 2026.yaml]: daysOff entry 1: unknown key 'day'
            duplicate key           | daysOff: []\\ndaysOff: [] | (line 3): not a valid calendar file: Duplicate field 'daysOff'
            broken YAML             | daysOff:\\n  - { date: 2026-01-05, name: "Off" \\n | not a valid calendar file
            list is not a list      | daysOff: 2026-01-05 | not a valid calendar file
            """)
    void rejectsABrokenFileNamingTheFileAndTheEntry(String what, String body, String expected) throws IOException {
        write("2026.yaml", "year: 2026\n" + body.replace("\\n", "\n"));

        assertThatExceptionOfType(CalendarDataException.class)
                .isThrownBy(() -> loader.load(SHIPPED, extraLocation()))
                .satisfies(e -> assertThat(e.problems()).anySatisfy(problem -> assertThat(problem)
                        .startsWith("file [" + dir.resolve("2026.yaml"))
                        .contains(expected)))
                .withMessageContaining("2026.yaml")
                .withMessageContaining(expected);
    }

    @Test
    void rejectsAFileWithoutYearOrContent() throws IOException {
        write("2026.yaml", "daysOff:\n  - { date: 2026-01-05, name: \"Off\" }\n");
        write("empty.yaml", "# nothing yet\n");

        assertThatExceptionOfType(CalendarDataException.class)
                .isThrownBy(() -> loader.load(SHIPPED, extraLocation()))
                .satisfies(e -> assertThat(e.problems()).satisfiesExactlyInAnyOrder(
                        p -> assertThat(p).contains("2026.yaml]: 'year' is missing"),
                        p -> assertThat(p).contains("empty.yaml]: the file is empty")));
    }

    @Test
    void reportsEveryProblemAtOnce() throws IOException {
        write("2026.yaml", """
                year: 2026
                daysOff:
                  - { date: 2026-01-03, name: "Saturday" }
                  - { date: 2026-01-05, name: "Fine" }
                workingDays:
                  - { date: 2026-01-06, name: "Tuesday" }
                """);
        write("2027.yaml", """
                year: 2027
                daysOff:
                  - { date: 2026-12-31, name: "Last year" }
                """);

        assertThatExceptionOfType(CalendarDataException.class)
                .isThrownBy(() -> loader.load(SHIPPED, extraLocation()))
                .withMessageStartingWith("Invalid working-day calendar data (3 problems)")
                .satisfies(e -> assertThat(e.problems()).satisfiesExactlyInAnyOrder(
                        p -> assertThat(p).contains("2026.yaml]: daysOff entry 1").contains("Saturday"),
                        p -> assertThat(p).contains("2026.yaml]: workingDays entry 1").contains("Tuesday"),
                        p -> assertThat(p).contains("2027.yaml]: daysOff entry 1").contains("outside the year 2027")));
    }

    @Test
    void rejectsTwoFilesForTheSameYear() throws IOException {
        write("2026.yaml", "year: 2026\n");
        write("2026-copy.yaml", "year: 2026\n");

        assertThatExceptionOfType(CalendarDataException.class)
                .isThrownBy(() -> loader.load(SHIPPED, extraLocation()))
                .withMessageContaining("year 2026 is also defined in")
                .withMessageContaining("2026.yaml")
                .withMessageContaining("2026-copy.yaml");
    }

    @Test
    void aFileAtTheExtraLocationReplacesTheShippedYear() throws IOException {
        write("2026.yaml", """
                year: 2026
                daysOff:
                  - { date: 2026-03-02, name: "Ngày nghỉ của tỉnh" }
                """);

        List<CalendarYear> years = loader.load(SHIPPED, extraLocation());

        assertThat(years).extracting(CalendarYear::year).containsExactly(2025, 2026, 2027);
        CalendarYear replaced = years.get(1);
        assertThat(replaced.source()).contains(dir.toString());
        assertThat(replaced.daysOff()).containsExactly(new CalendarDay(date(2026, 3, 2), "Ngày nghỉ của tỉnh"));
        assertThat(replaced.workingDays()).isEmpty();
        WorkingCalendar calendar = new WorkingCalendar(years, CUT_OFF, VIETNAM);
        assertThat(calendar.isWorkingDay(date(2026, 1, 2))).isTrue();
        assertThat(calendar.isWorkingDay(date(2026, 1, 10))).isFalse();
        assertThat(calendar.isWorkingDay(date(2026, 3, 2))).isFalse();
        // The shipped 2025 is untouched.
        assertThat(calendar.isWorkingDay(date(2025, 5, 2))).isFalse();
    }

    @Test
    void theExtraLocationMayAddAYear() throws IOException {
        write("2030.yaml", """
                year: 2030
                confirmed: true
                daysOff:
                  - { date: 2030-01-01, name: "Tết Dương lịch" }
                """);

        List<CalendarYear> years = loader.load(SHIPPED, extraLocation());

        assertThat(years).extracting(CalendarYear::year).containsExactly(2025, 2026, 2027, 2030);
        assertThat(years).extracting(CalendarYear::confirmed).containsExactly(true, true, false, true);
    }

    @Test
    void anEmptyOrMissingExtraLocationKeepsTheShippedYears() {
        assertThat(loader.load(SHIPPED, extraLocation())).hasSize(3);
        assertThat(loader.load(SHIPPED, "file:" + dir.resolve("missing") + "/*.yaml")).hasSize(3);
        assertThat(loader.load(SHIPPED, " ")).hasSize(3);
    }

    @Test
    void readsTheFileAsUtf8() throws IOException {
        write("2026.yaml", "year: 2026\ndaysOff:\n  - { date: 2026-09-01, name: \"Quốc khánh\" }\n");

        assertThat(loader.load(SHIPPED, extraLocation()).get(1).daysOff())
                .extracting(CalendarDay::name).containsExactly("Quốc khánh");
    }

    private String extraLocation() {
        return "file:" + dir + "/*.yaml";
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
