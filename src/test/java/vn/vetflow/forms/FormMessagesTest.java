package vn.vetflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every error code has a message in Vietnamese (default) and English. */
class FormMessagesTest {

    @Test
    void bothBundlesHaveAMessageForEveryCodeAndNoOtherErrorKey() throws IOException {
        for (String bundle : new String[] {"i18n/forms.properties", "i18n/forms_en.properties"}) {
            Properties messages = load(bundle);
            for (String code : FieldError.CODES) {
                assertThat(messages.getProperty("forms.error." + code)).as(bundle + " " + code).isNotBlank();
            }
            assertThat(messages.stringPropertyNames().stream().filter(k -> k.startsWith("forms.error.")))
                    .as(bundle).hasSameSizeAs(FieldError.CODES);
        }
    }

    @Test
    void messagesUseTheirArguments() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/forms");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        Locale vietnamese = Locale.forLanguageTag("vi");

        FieldError maxLength = new FieldError("note", FieldError.MAX_LENGTH, 50);
        assertThat(source.getMessage(maxLength.messageKey(), maxLength.args().toArray(), vietnamese))
                .isEqualTo("Tối đa 50 ký tự");
        assertThat(source.getMessage(maxLength.messageKey(), maxLength.args().toArray(), Locale.ENGLISH))
                .isEqualTo("At most 50 characters");
        FieldError unknown = new FieldError("x", FieldError.UNKNOWN_FIELD, "x");
        assertThat(source.getMessage(unknown.messageKey(), unknown.args().toArray(), vietnamese)).endsWith(": x");
        assertThat(source.getMessage("forms.error.required", null, vietnamese)).isEqualTo("Vui lòng nhập thông tin này");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FormMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
