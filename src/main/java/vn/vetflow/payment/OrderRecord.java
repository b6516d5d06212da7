package vn.vetflow.payment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One attempt to pay a dossier's fee. While it is pending, {@code openDossierCode} holds the dossier
 * code under a unique constraint: a dossier has at most one open order, even when two clicks race.
 */
@Entity
@Table(name = "payment_order")
class OrderRecord {

    enum Status { PENDING, PAID, FAILED }

    @Id
    private String orderId;
    private String dossierCode;
    private String openDossierCode;
    private String applicantUsername;
    private long amountVnd;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant paidAt;
    private Instant settledAt;
    private String transactionNo;
    private String responseCode;
    @Version
    private Long version;

    protected OrderRecord() {
    }

    OrderRecord(String orderId, String dossierCode, String applicantUsername, long amountVnd, Instant createdAt,
                Instant expiresAt) {
        this.orderId = orderId;
        this.dossierCode = dossierCode;
        this.openDossierCode = dossierCode;
        this.applicantUsername = applicantUsername;
        this.amountVnd = amountVnd;
        this.status = Status.PENDING;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void paid(String transactionNo, Instant paidAt, Instant now) {
        settle(Status.PAID, transactionNo, VerifiedPayment.SUCCESS, now);
        this.paidAt = paidAt;
    }

    /**
     * Cancelled or refused at the gateway, or expired and replaced by a new order. The gateway's transaction
     * number is kept for paid orders only (gateways send placeholders like "0" for failed ones).
     */
    void failed(String responseCode, Instant now) {
        settle(Status.FAILED, null, responseCode, now);
    }

    private void settle(Status result, String transactionNo, String responseCode, Instant now) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Order " + orderId + " is already " + status);
        }
        this.status = result;
        this.openDossierCode = null;
        this.transactionNo = transactionNo;
        this.responseCode = responseCode;
        this.settledAt = now;
    }

    boolean isPending() {
        return status == Status.PENDING;
    }

    boolean isExpiredAt(Instant instant) {
        return instant.isAfter(expiresAt);
    }

    String getOrderId() { return orderId; }
    String getDossierCode() { return dossierCode; }
    String getApplicantUsername() { return applicantUsername; }
    long getAmountVnd() { return amountVnd; }
    Status getStatus() { return status; }
    Instant getCreatedAt() { return createdAt; }
    Instant getExpiresAt() { return expiresAt; }
    Instant getPaidAt() { return paidAt; }
    String getTransactionNo() { return transactionNo; }
}
