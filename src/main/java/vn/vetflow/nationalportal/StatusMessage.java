package vn.vetflow.nationalportal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What one status sync tells the national portal: the dossier as it stood right after the change, taken
 * in the transaction of the change (the portal's fields of practice that vetflow has; files, supplement
 * requests and the processing log are not sent yet). {@code seq} numbers a dossier's changes 1, 2, 3… so
 * the receiver can see that none is missing or out of order.
 */
record StatusMessage(String dossierCode, int seq, int status, Integer previousStatus, Instant changedAt,
                     String changedBy, String procedureCode, String procedureName, String fieldCode,
                     int channel, String applicantName, String applicantIdNumber, String subject,
                     Instant submittedAt, Instant receivedAt, LocalDate appointmentDate, Instant refusedAt,
                     Instant processingEndedAt, Instant returnedAt, String processingUnit, long feeAmount,
                     Instant paidAt, Integer paymentChannel, String resultNumber) {
}
