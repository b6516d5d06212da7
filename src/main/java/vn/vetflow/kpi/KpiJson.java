package vn.vetflow.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Chart data for the pages' data attributes (templates call {@code @kpiJson.write(...)}). */
@Component("kpiJson")
public class KpiJson {

    private final ObjectMapper json;

    KpiJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
