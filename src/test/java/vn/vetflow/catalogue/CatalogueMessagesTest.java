package vn.vetflow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The Vietnamese and English bundles have the same keys, a label for every value pages show, and valid UTF-8. */
class CatalogueMessagesTest {

    private final Properties vi = load("i18n/catalogue.properties");
    private final Properties en = load("i18n/catalogue_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
    }

    @Test
    void everyEnumValueStepAndGroupHasALabel() {
        List<String> keys = new ArrayList<>();
        Stream.of(CompetentBody.values()).forEach(v -> keys.add("catalogue.competentBody." + v));
        Stream.of(ServiceLevel.values()).forEach(v -> keys.add("catalogue.serviceLevel." + v));
        StepKeys.ALL.forEach(k -> keys.add("catalogue.step." + k));
        CatalogueValidator.KNOWN_GROUPS.forEach(g -> keys.add("catalogue.group." + g));
        assertThat(vi.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void theStepsHaveTheirVietnameseNames() {
        assertThat(vi.getProperty("catalogue.step.reception")).isEqualTo("Tiếp nhận hồ sơ");
        assertThat(vi.getProperty("catalogue.step.appraisal")).isEqualTo("Thẩm định");
        assertThat(vi.getProperty("catalogue.step.approval")).isEqualTo("Phê duyệt");
        assertThat(vi.getProperty("catalogue.step.chairman")).isEqualTo("Trình Chủ tịch UBND tỉnh quyết định");
        assertThat(vi.getProperty("catalogue.step.result")).isEqualTo("Trả kết quả");
    }

    private static Properties load(String resource) {
        try (InputStream in = CatalogueMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
            Properties properties = new Properties();
            properties.load(new StringReader(text));
            return properties;
        } catch (CharacterCodingException e) {
            throw new AssertionError(resource + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new AssertionError(resource, e);
        }
    }
}
