package vn.vetflow.payment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** A callback that was taken; its nonce is the primary key, so the same callback cannot be taken twice. */
@Entity
@Table(name = "payment_callback_nonce")
class CallbackNonce implements Persistable<String> {

    @Id
    private String nonce;
    private String orderId;
    private Instant receivedAt;

    protected CallbackNonce() {
    }

    CallbackNonce(String nonce, String orderId, Instant receivedAt) {
        this.nonce = nonce;
        this.orderId = orderId;
        this.receivedAt = receivedAt;
    }

    @Override
    public String getId() {
        return nonce;
    }

    /** Always inserted, never merged: a second insert of the same nonce fails on the key. */
    @Override
    public boolean isNew() {
        return true;
    }
}
