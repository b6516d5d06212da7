package vn.vetflow.publicservice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public-service process that are policy, not law: the law's numbers (deadlines,
 * supplement rounds, fees) are in the procedure catalogue.
 *
 * @param warnWorkingDays warn officers this many working days before the appointment date
 * @param lookupUrl       where applicants follow their dossier, printed on documents
 */
@ConfigurationProperties(prefix = "vetflow.public-service")
public record PublicServiceProperties(@DefaultValue("2") int warnWorkingDays,
                                      @DefaultValue("http://localhost:8080/") String lookupUrl) {

    public static final String PROCESS_KEY = "public-service";
}
