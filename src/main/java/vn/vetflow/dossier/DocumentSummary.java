package vn.vetflow.dossier;

import java.time.Instant;

/** A document in a listing: everything but the PDF bytes. */
public record DocumentSummary(Long id, String type, String number, String title, Instant createdAt) {
}
