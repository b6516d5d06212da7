package vn.vetflow.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vetflow.accounts.*}. {@code publicUrl} is the address applicants reach vetflow at; reset links
 * are built from it rather than from the request's Host header, which a client can forge to have a
 * victim's reset link point elsewhere.
 */
@ConfigurationProperties(prefix = "vetflow.accounts")
record AccountsProperties(
        @DefaultValue("30") int resetTokenMinutes,
        @DefaultValue("http://localhost:8080") String publicUrl) {
}
