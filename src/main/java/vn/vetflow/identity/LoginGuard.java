package vn.vetflow.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * Asked before a password is checked, for every login (pages, HTTP Basic), known user or not. Refuses an
 * attempt by throwing, typically a {@code LockedException}; the accounts module locks out repeated failures.
 * An interface here, so identity does not depend on the module that implements it.
 */
public interface LoginGuard {

    void checkAllowed(String username) throws AuthenticationException;
}
