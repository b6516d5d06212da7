package vn.vetflow.institution;

/**
 * One matched rule of the risk table.
 *
 * @param messageKey key of i18n/institution.properties; its arguments are {@link RiskFacts#arguments()}
 */
public record RiskReason(String messageKey, int points) {
}
