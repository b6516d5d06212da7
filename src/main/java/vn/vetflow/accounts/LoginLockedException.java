package vn.vetflow.accounts;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** A login refused because the name is locked out until {@link #lockedUntil()}. */
class LoginLockedException extends LockedException {

    private final Instant lockedUntil;

    LoginLockedException(Instant lockedUntil) {
        super("Locked after repeated failed logins");
        this.lockedUntil = lockedUntil;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
