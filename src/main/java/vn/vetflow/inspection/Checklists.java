package vn.vetflow.inspection;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The checklist templates, data in processes/inspection/checklists/*.yaml. */
@Component
public class Checklists {

    /** The areas of shared/domain/inspections.md section 3; labels are {@code inspection.area.<code>}. */
    public static final List<String> AREAS = List.of("publication", "facilities", "teachers", "occupations",
            "enrolment", "name", "advertising", "programmes", "exams", "diplomas", "expulsion", "finance", "quality",
            "governance", "reporting", "digital");

    public record Item(String code, String area, String text) {
    }

    public record Checklist(String id, String name, List<Item> items) {

        public Optional<Item> item(String code) {
            return items.stream().filter(i -> i.code().equals(code)).findFirst();
        }
    }

    private final Checklist standard;

    Checklists() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:processes/inspection/checklists/*.yaml");
        if (files.length == 0) {
            throw new IllegalStateException("No checklist under processes/inspection/checklists");
        }
        try (InputStream in = files[0].getInputStream()) {
            this.standard = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, Checklist.class);
        }
        Set<String> codes = new HashSet<>();
        for (Item item : standard.items()) {
            if (!codes.add(item.code()) || !AREAS.contains(item.area())) {
                throw new IllegalStateException("Checklist " + standard.id() + ": item " + item.code()
                        + " is duplicated or has an unknown area " + item.area());
            }
        }
    }

    public Checklist standard() {
        return standard;
    }
}
