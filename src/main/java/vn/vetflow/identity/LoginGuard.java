package vn.vetflow.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * Asked before a password is checked, for every login (pages, HTTP Basic), known user or not. Refuses an
 * attempt by throwing, typically a {@code LockedException}; the accounts module throttles repeated failures.
 * An interface here, so identity does not depend on the module that implements it.
 */
public interface LoginGuard {

    /** {@code address} is the client's address as the servlet container saw it, or null when unknown. */
    void checkAllowed(String username, String address) throws AuthenticationException;
}
