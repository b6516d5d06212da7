package vn.vetflow.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * The applicant side of a user account; the engine's identity service keeps password, e-mail, groups. The
 * username is its id, assigned by us: {@link Persistable} lets the repository insert a new account without
 * selecting it first.
 */
@Entity
@Table(name = "applicant_account")
class ApplicantAccount implements Persistable<String> {

    @Id
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type")
    private AccountType type;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "id_number")
    private String idNumber;

    private String phone;
    private String address;

    @Column(name = "email_verified")
    private boolean emailVerified;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The desk officer who opened the account for a walk-in applicant; null when self-registered. */
    @Column(name = "opened_by")
    private String openedBy;

    @Transient
    private boolean stored;

    protected ApplicantAccount() {
    }

    @Override
    public String getId() {
        return username;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }

    ApplicantAccount(String username, AccountType type, String displayName, String idNumber, String phone,
                     String address, Instant createdAt) {
        this.username = username;
        this.type = type;
        this.displayName = displayName;
        this.idNumber = idNumber;
        this.phone = phone;
        this.address = address;
        this.createdAt = createdAt;
    }

    void openedBy(String officer) {
        this.openedBy = officer;
    }

    String getOpenedBy() {
        return openedBy;
    }

    /** A reset link reached the account's mailbox, so the address is the applicant's. */
    void emailVerified() {
        this.emailVerified = true;
    }

    String getUsername() {
        return username;
    }

    AccountType getType() {
        return type;
    }

    String getDisplayName() {
        return displayName;
    }

    String getIdNumber() {
        return idNumber;
    }

    String getPhone() {
        return phone;
    }

    String getAddress() {
        return address;
    }

    boolean isEmailVerified() {
        return emailVerified;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
