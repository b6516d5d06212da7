package vn.vetflow.reporting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Reads the round rules and the report template once at startup; a broken file stops the application. */
@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    static final String TEMPLATE_KEY = "vet-statistics";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Bean
    RoundRules roundRules(ResourceLoader resources) {
        return read(resources.getResource("classpath:processes/reporting/rounds.yaml"), RoundRules.class);
    }

    @Bean
    ReportTemplate reportTemplate(ResourceLoader resources) {
        ReportTemplate template = read(resources.getResource("classpath:processes/reporting/" + TEMPLATE_KEY + ".yaml"),
                ReportTemplate.class);
        for (ReportTemplate.Figure figure : template.figures()) {
            if (figure.atMost() != null && template.figure(figure.atMost()).isEmpty()) {
                throw new IllegalStateException("vet-statistics.yaml: " + figure.key() + " is at most an unknown figure "
                        + figure.atMost());
            }
        }
        return template;
    }

    static <T> T read(Resource file, Class<T> type) {
        try (InputStream in = file.getInputStream()) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file.getDescription() + ": " + e.getMessage(), e);
        }
    }
}
