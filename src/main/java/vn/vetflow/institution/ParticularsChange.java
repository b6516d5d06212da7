package vn.vetflow.institution;

import java.math.BigDecimal;
import java.time.Instant;

/** A change an institution proposed to its particulars, and the Department's decision on it. */
public record ParticularsChange(long id, String institutionCode, String address, String district, String phone,
        String email, String website, String principal, BigDecimal latitude, BigDecimal longitude,
        String requestedBy, Instant requestedAt, Status status, String decidedBy, Instant decidedAt,
        String decisionNote) {

    public enum Status { PENDING, APPROVED, REJECTED }
}
