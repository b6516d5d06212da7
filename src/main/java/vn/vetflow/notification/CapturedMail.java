package vn.vetflow.notification;

import java.time.Instant;

/** A mail the {@link CapturingMailer} kept instead of sending; {@code id} counts up from 1. */
public record CapturedMail(long id, Instant capturedAt, OutgoingMail mail) {
}
