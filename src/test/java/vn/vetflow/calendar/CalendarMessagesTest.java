package vn.vetflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The bundle {@code i18n/calendar}: Vietnamese by default, English as the second language. */
class CalendarMessagesTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ResourceBundleMessageSource messages = messageSource();

    @Test
    void timelinessLabels() {
        assertThat(label(Timeliness.EARLY, VIETNAMESE)).isEqualTo("Trước hạn");
        assertThat(label(Timeliness.ON_TIME, VIETNAMESE)).isEqualTo("Đúng hạn");
        assertThat(label(Timeliness.LATE, VIETNAMESE)).isEqualTo("Quá hạn");
        assertThat(label(Timeliness.EARLY, Locale.ENGLISH)).isEqualTo("Early");
        assertThat(label(Timeliness.ON_TIME, Locale.ENGLISH)).isEqualTo("On time");
        assertThat(label(Timeliness.LATE, Locale.ENGLISH)).isEqualTo("Late");
    }

    @Test
    void countsOfWorkingDays() {
        assertThat(messages.getMessage("calendar.workingDays", new Object[] {3}, VIETNAMESE)).isEqualTo("3 ngày làm việc");
        assertThat(messages.getMessage("calendar.workingDays", new Object[] {1}, Locale.ENGLISH)).isEqualTo("1 working day");
        assertThat(messages.getMessage("calendar.daysLeft.overdue", new Object[] {2}, Locale.ENGLISH))
                .isEqualTo("Overdue by 2 working days");
        assertThat(messages.getMessage("calendar.title", new Object[] {2026}, VIETNAMESE)).isEqualTo("Lịch làm việc năm 2026");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties vietnamese = load("i18n/calendar.properties");
        Properties english = load("i18n/calendar_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(vietnamese.stringPropertyNames());
        assertThat(vietnamese.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("calendar."));
        assertThat(vietnamese).containsKeys(Arrays.stream(Timeliness.values()).map(Timeliness::messageKey).toArray());
        assertThat(vietnamese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
    }

    private String label(Timeliness timeliness, Locale locale) {
        return messages.getMessage(timeliness.messageKey(), null, locale);
    }

    private static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/calendar");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** Strict UTF-8: a file saved in another encoding fails here instead of showing mojibake. */
    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CalendarMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (CharacterCodingException e) {
            throw new AssertionError(name + " is not valid UTF-8", e);
        }
        return properties;
    }
}
