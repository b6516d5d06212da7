package vn.vetflow.kpi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Procedures under the Department's authority that are not offered online and that vetflow does not run, read
 * from {@code kpi/procedures-not-online.yaml}: the rest of the denominator of "procedures offered online".
 */
@Component
class ProceduresNotOnline {

    /** A procedure offered only as information online; {@code effectiveTo} null when open-ended. */
    record Procedure(String id, String name, String nameEn, String competentBody, String level, LocalDate effectiveFrom,
                     LocalDate effectiveTo, boolean unconfirmed) {

        boolean inForceOn(LocalDate day) {
            return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
        }
    }

    record ListFile(List<Procedure> procedures) {
    }

    private final List<Procedure> procedures;

    ProceduresNotOnline(@Value("${vetflow.kpi.procedures-not-online:classpath:kpi/procedures-not-online.yaml}")
                        Resource file) {
        var yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule()).build();
        try (InputStream in = file.getInputStream()) {
            this.procedures = List.copyOf(yaml.readValue(in, ListFile.class).procedures());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        for (Procedure p : procedures) {
            if (p.id() == null || p.name() == null || p.effectiveFrom() == null || !"NOT_ONLINE".equals(p.level())) {
                throw new IllegalStateException(file + ": every procedure needs an id, a name, effectiveFrom and"
                        + " level NOT_ONLINE (" + p.id() + ")");
            }
        }
    }

    /** Those in force on the day, leaving out any id the catalogue already counts. */
    List<Procedure> on(LocalDate day, Set<String> inCatalogue) {
        return procedures.stream().filter(p -> p.inForceOn(day) && !inCatalogue.contains(p.id())).toList();
    }
}
