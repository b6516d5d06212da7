package vn.vetflow.payment;

import java.net.URI;

/** The gateway page the applicant's browser is sent to. */
public record PaymentRedirect(URI redirectUrl) {
}
