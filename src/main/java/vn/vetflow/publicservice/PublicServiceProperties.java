package vn.vetflow.publicservice;

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
 */
@ConfigurationProperties(prefix = "vetflow.public-service")
public record PublicServiceProperties(@DefaultValue("2") int warnWorkingDays,
                                      String lookupUrl,
                                      String verifyUrl) {

    public static final String PROCESS_KEY = "public-service";
}
