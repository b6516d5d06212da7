package vn.vetflow.publicservice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public-service process that are policy, not law: the law's numbers (deadlines,
 * supplement rounds, fees) are in the procedure catalogue.
 *
 * @param warnWorkingDays warn officers this many working days before the appointment date
 * @param lookupUrl       the public address where applicants follow their dossier, printed on documents;
 *                        empty leaves the line out (never a local address on an official document)
 * @param verifyUrl       the public address of the document verification page, printed on documents
 * @param warnAfter       unset everywhere but the two-node crash test (docker/cluster-test/run.sh): the
 *                        due-soon warning then falls due this long after it is scheduled, so that a deadline
 *                        timer fires within the test run; the working-day rule above applies otherwise
 */
@ConfigurationProperties(prefix = "vetflow.public-service")
public record PublicServiceProperties(@DefaultValue("2") int warnWorkingDays,
                                      String lookupUrl,
                                      String verifyUrl,
                                      Duration warnAfter) {

    public static final String PROCESS_KEY = "public-service";
}
