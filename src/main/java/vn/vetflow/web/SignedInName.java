package vn.vetflow.web;

import org.springframework.stereotype.Component;
import vn.vetflow.identity.Officers;

/**
 * The signed-in person's full name for the page header ({@code ${@signedInName.of(#authentication.name)}}):
 * people appear by their names, never their logins. Asked only when a page is rendered, so API calls pay nothing.
 */
@Component
public class SignedInName {

    private final Officers officers;

    SignedInName(Officers officers) {
        this.officers = officers;
    }

    public String of(String username) {
        try {
            return officers.fullName(username);
        } catch (RuntimeException databaseDown) {
            // The outage page still renders its header: the login is all that is known without the database.
            return username;
        }
    }
}
