package vn.vetflow.institution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of VET institutions: look-ups for other modules, the staff accounts of each institution,
 * and what the inspection module records when an inspection closes.
 */
@Service
public class Institutions {

    private static final String COLUMNS = "code, name, type, address, district, phone, email, established_on,"
            + " principal, last_inspected_on";

    private final NamedParameterJdbcTemplate jdbc;

    Institutions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every institution, by name. */
    @Transactional(readOnly = true)
    public List<InstitutionSummary> all() {
        return jdbc.query("select " + COLUMNS + " from institution order by name, code", Institutions::summary);
    }

    @Transactional(readOnly = true)
    public Optional<InstitutionSummary> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.query("select " + COLUMNS + " from institution where code = :code", Map.of("code", code),
                Institutions::summary).stream().findFirst();
    }

    /** The institution a staff account (role {@code institution}) belongs to, if it is linked to one. */
    @Transactional(readOnly = true)
    public Optional<InstitutionSummary> ofUser(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.query("select i." + COLUMNS.replace(", ", ", i.") + " from institution i"
                        + " join institution_member m on m.institution_code = i.code where m.username = :username",
                Map.of("username", username), Institutions::summary).stream().findFirst();
    }

    /** Usernames of the institution's staff accounts, sorted. */
    @Transactional(readOnly = true)
    public List<String> membersOf(String code) {
        return jdbc.queryForList("select username from institution_member where institution_code = :code"
                + " order by username", Map.of("code", code), String.class);
    }

    /** The institution's staff accounts with their positions, sorted by username. */
    @Transactional(readOnly = true)
    public List<InstitutionMember> members(String code) {
        return jdbc.query("select username, institution_code, position from institution_member"
                        + " where institution_code = :code order by username", Map.of("code", code),
                (rs, n) -> new InstitutionMember(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** The occupations the institution is registered for. */
    @Transactional(readOnly = true)
    public List<Occupation> occupations(String code) {
        return jdbc.query("select occupation_code, occupation_name, level, registered_scale, current_enrolment"
                        + " from institution_occupation where institution_code = :code order by occupation_code, level",
                Map.of("code", code), (rs, n) -> new Occupation(rs.getString(1), rs.getString(2),
                        OccupationLevel.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5)));
    }

    /**
     * Called when an inspection of the institution closes: keeps the latest closing day, so an older
     * inspection closed late never moves the date back.
     *
     * @throws InstitutionNotFoundException when no institution has the code
     */
    @Transactional
    public void recordInspection(String code, LocalDate closedOn) {
        requireExists(code);
        jdbc.update("update institution set last_inspected_on = :closedOn where code = :code"
                        + " and (last_inspected_on is null or last_inspected_on < :closedOn)",
                new MapSqlParameterSource("code", code).addValue("closedOn", closedOn));
    }

    /**
     * Registers a new institution (its last inspection day too, when known from before the system).
     *
     * @throws DuplicateKeyException when the code is taken
     */
    @Transactional
    public void create(InstitutionSummary institution) {
        if (byCode(institution.code()).isPresent()) {
            throw new DuplicateKeyException("Institution " + institution.code() + " exists");
        }
        jdbc.update("insert into institution (" + COLUMNS + ") values (:code, :name, :type, :address, :district,"
                + " :phone, :email, :establishedOn, :principal, :lastInspectedOn)", parameters(institution));
    }

    /** Changes an institution's particulars; its code and last inspection day stay. */
    @Transactional
    public void update(InstitutionSummary institution) {
        requireExists(institution.code());
        jdbc.update("update institution set name = :name, type = :type, address = :address, district = :district,"
                + " phone = :phone, email = :email, established_on = :establishedOn, principal = :principal"
                + " where code = :code", parameters(institution));
    }

    /** Replaces the institution's registered occupations. */
    @Transactional
    public void replaceOccupations(String code, List<Occupation> occupations) {
        requireExists(code);
        jdbc.update("delete from institution_occupation where institution_code = :code", Map.of("code", code));
        for (Occupation occupation : occupations) {
            jdbc.update("insert into institution_occupation (institution_code, occupation_code, occupation_name,"
                            + " level, registered_scale, current_enrolment) values (:code, :occupationCode, :name,"
                            + " :level, :scale, :enrolment)",
                    new MapSqlParameterSource("code", code).addValue("occupationCode", occupation.code())
                            .addValue("name", occupation.name()).addValue("level", occupation.level().name())
                            .addValue("scale", occupation.registeredScale())
                            .addValue("enrolment", occupation.currentEnrolment()));
        }
    }

    /** Adds a registered occupation, or updates its scale and enrolment when the code and level exist. */
    @Transactional
    public void saveOccupation(String code, Occupation occupation) {
        requireExists(code);
        MapSqlParameterSource parameters = new MapSqlParameterSource("code", code)
                .addValue("occupationCode", occupation.code()).addValue("name", occupation.name())
                .addValue("level", occupation.level().name()).addValue("scale", occupation.registeredScale())
                .addValue("enrolment", occupation.currentEnrolment());
        int updated = jdbc.update("update institution_occupation set occupation_name = :name, registered_scale = :scale,"
                + " current_enrolment = :enrolment where institution_code = :code and occupation_code = :occupationCode"
                + " and level = :level", parameters);
        if (updated == 0) {
            jdbc.update("insert into institution_occupation (institution_code, occupation_code, occupation_name,"
                    + " level, registered_scale, current_enrolment) values (:code, :occupationCode, :name, :level,"
                    + " :scale, :enrolment)", parameters);
        }
    }

    /** Removes a registered occupation; true if it was there. */
    @Transactional
    public boolean removeOccupation(String code, String occupationCode, OccupationLevel level) {
        return jdbc.update("delete from institution_occupation where institution_code = :code"
                        + " and occupation_code = :occupationCode and level = :level",
                Map.of("code", code, "occupationCode", occupationCode, "level", level.name())) > 0;
    }

    /** Links a staff account to the institution (moving it if it was linked to another one). */
    @Transactional
    public void link(String username, String code, String position) {
        requireExists(code);
        jdbc.update("delete from institution_member where username = :username", Map.of("username", username));
        jdbc.update("insert into institution_member (username, institution_code, position)"
                        + " values (:username, :code, :position)",
                new MapSqlParameterSource("username", username).addValue("code", code).addValue("position", position));
    }

    /** Removes a staff account's link; true if it was linked to this institution. */
    @Transactional
    public boolean unlink(String username, String code) {
        return jdbc.update("delete from institution_member where username = :username and institution_code = :code",
                Map.of("username", username, "code", code)) > 0;
    }

    /** Records a complaint received about the institution. */
    @Transactional
    public void recordComplaint(String code, LocalDate receivedOn, String subject) {
        requireExists(code);
        jdbc.update("insert into institution_complaint (institution_code, received_on, subject)"
                        + " values (:code, :receivedOn, :subject)",
                new MapSqlParameterSource("code", code).addValue("receivedOn", receivedOn).addValue("subject", subject));
    }

    /** Complaints received about the institution, latest first. */
    @Transactional(readOnly = true)
    public List<Complaint> complaints(String code) {
        return jdbc.query("select id, received_on, subject from institution_complaint where institution_code = :code"
                        + " order by received_on desc, id desc", Map.of("code", code),
                (rs, n) -> new Complaint(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)));
    }

    private void requireExists(String code) {
        if (byCode(code).isEmpty()) {
            throw new InstitutionNotFoundException(code);
        }
    }

    private static MapSqlParameterSource parameters(InstitutionSummary i) {
        return new MapSqlParameterSource("code", i.code()).addValue("name", i.name())
                .addValue("type", i.type().name()).addValue("address", i.address())
                .addValue("district", i.district()).addValue("phone", i.phone()).addValue("email", i.email())
                .addValue("establishedOn", i.establishedOn()).addValue("principal", i.principal())
                .addValue("lastInspectedOn", i.lastInspectedOn());
    }

    private static InstitutionSummary summary(ResultSet rs, int row) throws SQLException {
        return new InstitutionSummary(rs.getString("code"), rs.getString("name"),
                InstitutionType.valueOf(rs.getString("type")), rs.getString("address"), rs.getString("district"),
                rs.getString("phone"), rs.getString("email"), rs.getObject("established_on", LocalDate.class),
                rs.getString("principal"), rs.getObject("last_inspected_on", LocalDate.class));
    }
}
