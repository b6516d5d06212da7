package vn.vetflow.reporting.consolidation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submission of a round's provincial report: recorded in the Department's transaction (who, when, the payload and its
 * digest), delivered after commit by {@link SubmissionDelivery}; the round becomes SUBMITTED with the reference the
 * reporting system returned.
 */
@Component
public class Submissions {

    /** A round's submission as recorded; {@code reference} and {@code deliveredAt} stay null until delivered. */
    public record Submission(long id, String roundCode, String requestedBy, Instant requestedAt, String digest,
                             String reference, Instant deliveredAt) {
    }

    /** Why a round cannot be submitted; the message key says it to the user. */
    static class NotSubmittableException extends RuntimeException {
        final String messageKey;

        NotSubmittableException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }
    }

    /** Rounds whose reporting is over: their figures no longer change. */
    static final List<String> SUBMITTABLE = List.of("CLOSED", "CONSOLIDATED");

    private final JdbcTemplate jdbc;
    private final Consolidation consolidation;
    private final ConsolidationExport export;
    private final ReportingSystem system;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Submissions(JdbcTemplate jdbc, Consolidation consolidation, ConsolidationExport export, ReportingSystem system,
                ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.consolidation = consolidation;
        this.export = export;
        this.system = system;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Submission request(String roundCode, String username) {
        if (!system.configured()) {
            throw new NotSubmittableException("consolidation.submit.notConfigured");
        }
        ProvincialReport report = consolidation.of(roundCode).orElseThrow(() -> new RoundNotFoundException(roundCode));
        // Lock the round so two clicks at once record one submission.
        jdbc.queryForObject("select id from reporting_round where id = ? for update", Long.class, report.round().id());
        if (of(roundCode).isPresent()) {
            throw new NotSubmittableException("consolidation.submit.already");
        }
        if (!SUBMITTABLE.contains(report.round().status())) {
            throw new NotSubmittableException("consolidation.submit.notClosed");
        }
        if (report.coverage().accepted() == 0) {
            throw new NotSubmittableException("consolidation.submit.nothingAccepted");
        }
        byte[] payload = export.json(report);
        String digest = sha256(payload);
        jdbc.update("insert into reporting_submission (round_id, requested_by, requested_at, payload, payload_digest)"
                        + " values (?, ?, ?, ?, ?)", report.round().id(), username, Timestamp.from(clock.instant()),
                new String(payload, StandardCharsets.UTF_8), digest);
        Submission submission = of(roundCode).orElseThrow();
        events.publishEvent(new SubmissionRequested(submission.id()));
        return submission;
    }

    @Transactional(readOnly = true)
    public Optional<Submission> of(String roundCode) {
        return jdbc.query("select s.id, r.code, s.requested_by, s.requested_at, s.payload_digest, s.reference,"
                        + " s.delivered_at from reporting_submission s join reporting_round r on r.id = s.round_id"
                        + " where r.code = ?",
                (rs, i) -> new Submission(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()), roundCode)
                .stream().findFirst();
    }

    boolean configured() {
        return system.configured();
    }

    /**
     * Sends a recorded submission unless it was delivered already (the event can be delivered again after a crash),
     * records the reference and marks the round SUBMITTED.
     */
    @Transactional
    void deliver(long submissionId) {
        var row = jdbc.queryForMap("select reference, payload, payload_digest, round_id from reporting_submission"
                + " where id = ? for update", submissionId);
        if (row.get("reference") != null) {
            return;
        }
        String roundCode = jdbc.queryForObject("select code from reporting_round where id = ?", String.class,
                row.get("round_id"));
        String digest = (String) row.get("payload_digest");
        String reference = system.submit(new ReportingSystem.Filing(roundCode,
                ((String) row.get("payload")).getBytes(StandardCharsets.UTF_8), digest, roundCode + ":" + digest));
        jdbc.update("update reporting_submission set reference = ?, delivered_at = ? where id = ? and reference is null",
                reference, Timestamp.from(clock.instant()), submissionId);
        jdbc.update("update reporting_round set status = 'SUBMITTED' where id = ?", ((Number) row.get("round_id")).longValue());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No round with this code. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static class RoundNotFoundException extends RuntimeException {
        RoundNotFoundException(String code) {
            super("No reporting round " + code);
        }
    }
}
