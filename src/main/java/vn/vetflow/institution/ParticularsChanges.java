package vn.vetflow.institution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Institutions keep their own particulars up to date, but what the public map and the register show changes
 * only when the Department approves: an institution proposes, an inspector or administrator approves (the
 * register and the map take the new values) or rejects with a reason. One proposal waits at a time.
 */
@Service
public class ParticularsChanges {

    private static final String COLUMNS = "id, institution_code, address, district, phone, email, website, principal,"
            + " latitude, longitude, requested_by, requested_at, status, decided_by, decided_at, decision_note";

    private final NamedParameterJdbcTemplate jdbc;
    private final Institutions institutions;
    private final NetworkMap map;
    private final Clock clock;

    ParticularsChanges(NamedParameterJdbcTemplate jdbc, Institutions institutions, NetworkMap map, Clock clock) {
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.map = map;
        this.clock = clock;
    }

    /**
     * Records a proposal. The institution's row is locked first, so two proposals sent at once cannot both
     * find no pending one.
     *
     * @throws ChangePendingException when a proposal of this institution still waits for a decision
     */
    @Transactional
    public long propose(String institutionCode, String username, ParticularsForm form) {
        jdbc.query("select code from institution where code = :code for update", Map.of("code", institutionCode),
                rs -> { });
        if (pending(institutionCode).isPresent()) {
            throw new ChangePendingException(institutionCode);
        }
        var params = new MapSqlParameterSource("code", institutionCode).addValue("address", form.address())
                .addValue("district", form.district()).addValue("phone", InstitutionForm.blank(form.phone()))
                .addValue("email", InstitutionForm.blank(form.email()))
                .addValue("website", InstitutionForm.blank(form.website()))
                .addValue("principal", InstitutionForm.blank(form.principal()))
                .addValue("lat", form.latitudeValue()).addValue("lon", form.longitudeValue())
                .addValue("by", username).addValue("at", Timestamp.from(clock.instant()));
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update("insert into institution_change (institution_code, address, district, phone, email, website,"
                + " principal, latitude, longitude, requested_by, requested_at, status) values (:code, :address,"
                + " :district, :phone, :email, :website, :principal, :lat, :lon, :by, :at, 'PENDING')", params, key,
                new String[] {"id"});
        return key.getKey().longValue();
    }

    @Transactional(readOnly = true)
    public Optional<ParticularsChange> pending(String institutionCode) {
        return jdbc.query("select " + COLUMNS + " from institution_change where institution_code = :code"
                + " and status = 'PENDING'", Map.of("code", institutionCode), ParticularsChanges::change)
                .stream().findFirst();
    }

    /** Every proposal waiting for the Department, oldest first. */
    @Transactional(readOnly = true)
    public List<ParticularsChange> waiting() {
        return jdbc.query("select " + COLUMNS + " from institution_change where status = 'PENDING'"
                + " order by requested_at, id", ParticularsChanges::change);
    }

    /** An institution's proposals, newest first. */
    @Transactional(readOnly = true)
    public List<ParticularsChange> of(String institutionCode) {
        return jdbc.query("select " + COLUMNS + " from institution_change where institution_code = :code"
                + " order by requested_at desc, id desc", Map.of("code", institutionCode), ParticularsChanges::change);
    }

    @Transactional(readOnly = true)
    public Optional<ParticularsChange> find(long id) {
        return jdbc.query("select " + COLUMNS + " from institution_change where id = :id", Map.of("id", id),
                ParticularsChanges::change).stream().findFirst();
    }

    /**
     * Approves a waiting proposal: the register takes the new particulars and the map the new place (a proposal
     * without coordinates leaves the place as it was).
     *
     * @throws ChangeDecidedException when somebody decided it first
     */
    @Transactional
    public void approve(long id, String username) {
        ParticularsChange change = lockPending(id);
        InstitutionSummary current = institutions.byCode(change.institutionCode()).orElseThrow();
        institutions.update(new InstitutionSummary(current.code(), current.name(), current.type(), change.address(),
                change.district(), change.phone(), change.email(), current.establishedOn(), change.principal(),
                current.lastInspectedOn()));
        Optional<NetworkMap.Place> place = map.place(change.institutionCode());
        if (change.latitude() != null) {
            map.place(change.institutionCode(), new NetworkMap.Place(change.latitude(), change.longitude(),
                    change.website(), false));
        } else if (place.isPresent()) {
            NetworkMap.Place p = place.get();
            map.place(change.institutionCode(), new NetworkMap.Place(p.latitude(), p.longitude(), change.website(),
                    p.approximate()));
        }
        decide(id, ParticularsChange.Status.APPROVED, username, null);
    }

    /** Rejects a waiting proposal with the reason the institution will read. */
    @Transactional
    public void reject(long id, String username, String reason) {
        lockPending(id);
        decide(id, ParticularsChange.Status.REJECTED, username, reason);
    }

    private ParticularsChange lockPending(long id) {
        ParticularsChange change = jdbc.query("select " + COLUMNS + " from institution_change where id = :id for update",
                Map.of("id", id), ParticularsChanges::change).stream().findFirst()
                .orElseThrow(() -> new ChangeDecidedException(id));
        if (change.status() != ParticularsChange.Status.PENDING) {
            throw new ChangeDecidedException(id);
        }
        return change;
    }

    private void decide(long id, ParticularsChange.Status status, String username, String note) {
        jdbc.update("update institution_change set status = :status, decided_by = :by, decided_at = :at,"
                + " decision_note = :note where id = :id", new MapSqlParameterSource("id", id)
                .addValue("status", status.name()).addValue("by", username)
                .addValue("at", Timestamp.from(clock.instant())).addValue("note", note));
    }

    private static ParticularsChange change(ResultSet rs, int row) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp(15);
        return new ParticularsChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                rs.getString(11), rs.getTimestamp(12).toInstant(), ParticularsChange.Status.valueOf(rs.getString(13)),
                rs.getString(14), decidedAt == null ? null : decidedAt.toInstant(), rs.getString(16));
    }

    /** A proposal of this institution is still waiting. */
    public static class ChangePendingException extends RuntimeException {
        ChangePendingException(String code) {
            super("A change of " + code + " is waiting for a decision");
        }
    }

    /** The proposal was approved or rejected already (by somebody else, or by a second click). */
    public static class ChangeDecidedException extends RuntimeException {
        ChangeDecidedException(long id) {
            super("Change " + id + " is decided already");
        }
    }
}
