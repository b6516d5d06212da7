package vn.vetflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every message exists in Vietnamese and English, and the Vietnamese text is not left in English. */
class MessageBundlesTest {

    @Test
    void everyKeyIsTranslatedBothWays() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        int checked = 0;
        for (Resource bundle : bundles) {
            String name = bundle.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            Properties vietnamese = load(bundle);
            Resource englishFile = bundle.createRelative(name.replace(".properties", "_en.properties"));
            assertThat(englishFile.exists()).as("English bundle for " + name).isTrue();
            Properties english = load(englishFile);
            assertThat(english.keySet()).as("keys of " + name).containsExactlyInAnyOrderElementsOf(vietnamese.keySet());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(2);
    }

    @Test
    void statusLabelsCarryVietnameseDiacritics() throws IOException {
        Properties dossier = load(new PathMatchingResourcePatternResolver().getResource("classpath:i18n/dossier.properties"));
        assertThat(dossier.getProperty("dossier.status.RESULT_RETURNED")).isEqualTo("Đã trả kết quả");
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
