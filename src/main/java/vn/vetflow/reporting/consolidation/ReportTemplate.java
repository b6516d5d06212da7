package vn.vetflow.reporting.consolidation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The figures of the VET statistics report ({@code processes/reporting/vet-statistics.yaml}) as consolidation needs
 * them: which figure a share is taken of ({@code atMost}) and which are yes/no answers.
 */
@Component
class ReportTemplate {

    record Figure(String key, String atMost, boolean yesNo) {
    }

    record Table(String key) {
    }

    record File(String key, boolean confirmed, List<Figure> figures, List<Table> tables) {
    }

    private final File file;

    ReportTemplate() {
        var yaml = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = new ClassPathResource("processes/reporting/vet-statistics.yaml").getInputStream()) {
            this.file = yaml.readValue(in, File.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read processes/reporting/vet-statistics.yaml", e);
        }
    }

    List<Figure> figures() {
        return file.figures();
    }

    List<String> tables() {
        return file.tables().stream().map(Table::key).toList();
    }

    Optional<Figure> figure(String key) {
        return file.figures().stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
