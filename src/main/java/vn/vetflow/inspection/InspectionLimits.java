package vn.vetflow.inspection;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The legal time limits of the inspection process, from processes/inspection/deadlines.yaml, checked at
 * startup so a wrong file stops the application with the reason.
 */
@Component
class InspectionLimits {

    static final java.util.List<String> REQUIRED = java.util.List.of("notice", "selfAssessment", "check", "report",
            "conclusion", "remediation", "minutesAcknowledgement", "violationRecord", "sanction", "transfer",
            "chairman");

    /**
     * @param from      decision or check: counted from the day the decision was signed or the check ended;
     *                  otherwise from the day the step starts
     * @param confirmed whether the limit was checked against the legal text ({@code basis}); false marks a
     *                  figure from practice notes that still has to be confirmed
     */
    record Limit(int days, String from, Integer reminderBefore, Boolean calendarDays, boolean confirmed,
                 String basis) {

        boolean inCalendarDays() {
            return Boolean.TRUE.equals(calendarDays);
        }
    }

    record LimitsFile(Map<String, Limit> limits) {
    }

    private final Map<String, Limit> limits;

    InspectionLimits(@Value("${vetflow.inspection.deadlines:classpath:processes/inspection/deadlines.yaml}")
                     Resource file) {
        try (InputStream in = file.getInputStream()) {
            this.limits = Map.copyOf(YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build().readValue(in, LimitsFile.class).limits());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the inspection limits " + file + ": " + e.getMessage(), e);
        }
        for (String kind : REQUIRED) {
            Limit limit = limits.get(kind);
            if (limit == null || limit.days() <= 0) {
                throw new IllegalStateException("deadlines.yaml: limit '" + kind + "' needs a positive number of days");
            }
        }
    }

    Limit of(String kind) {
        Limit limit = limits.get(kind);
        if (limit == null) {
            throw new IllegalArgumentException("No inspection limit " + kind);
        }
        return limit;
    }
}
