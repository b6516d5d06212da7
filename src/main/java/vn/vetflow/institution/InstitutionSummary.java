package vn.vetflow.institution;

import java.time.LocalDate;

/**
 * A VET institution as other modules see it.
 *
 * @param code            unique, e.g. {@code CD-NGHE-01}
 * @param lastInspectedOn the day its latest inspection closed, or null when never inspected in the system
 */
public record InstitutionSummary(String code, String name, InstitutionType type, String address, String district,
        String phone, String email, LocalDate establishedOn, String principal, LocalDate lastInspectedOn) {
}
