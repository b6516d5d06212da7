package vn.vetflow.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Settings production cannot guess: the public address printed on receipts and put in mails, and who signs
 * the department's documents. The production profile ({@code postgres}) refuses to start without them and
 * names every one missing at once; the demo profile supplies demo values, so nothing of the demo leaks in.
 */
@Component
@Profile("postgres")
class RequiredProductionSettings {

    /** Setting → the environment variable that usually gives it. */
    static final Map<String, String> REQUIRED = requiredSettings();

    RequiredProductionSettings(Environment environment) {
        List<String> missing = missing(environment);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Production settings missing: " + String.join(", ", missing)
                    + ". See README, \"Production settings\".");
        }
    }

    static List<String> missing(Environment environment) {
        return REQUIRED.entrySet().stream()
                .filter(setting -> {
                    String value = environment.getProperty(setting.getKey());
                    return value == null || value.isBlank();
                })
                .map(setting -> setting.getValue() + " (" + setting.getKey() + ")")
                .toList();
    }

    private static Map<String, String> requiredSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("vetflow.public-url", "VETFLOW_PUBLIC_URL");
        settings.put("vetflow.agency.signer-name", "VETFLOW_SIGNER_NAME");
        settings.put("vetflow.agency.signer-title", "VETFLOW_SIGNER_TITLE");
        return settings;
    }
}
