package vn.vetflow.workspace;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each officer's choice of e-mails; without a saved choice both kinds are sent. */
@Service
class OfficerPreferences {

    private final NamedParameterJdbcTemplate jdbc;

    OfficerPreferences(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Preference(boolean mailOnAssignment, boolean mailOnEscalation) {
        static final Preference DEFAULT = new Preference(true, true);
    }

    @Transactional(readOnly = true)
    Preference of(String username) {
        List<Preference> saved = jdbc.query("select mail_on_assignment, mail_on_escalation from officer_preference"
                        + " where username = :username", new MapSqlParameterSource("username", username),
                (rs, row) -> new Preference(rs.getBoolean(1), rs.getBoolean(2)));
        return saved.isEmpty() ? Preference.DEFAULT : saved.get(0);
    }

    @Transactional
    void save(String username, Preference preference) {
        MapSqlParameterSource values = new MapSqlParameterSource("username", username)
                .addValue("assignment", preference.mailOnAssignment())
                .addValue("escalation", preference.mailOnEscalation());
        int updated = jdbc.update("update officer_preference set mail_on_assignment = :assignment,"
                + " mail_on_escalation = :escalation where username = :username", values);
        if (updated == 0) {
            jdbc.update("insert into officer_preference (username, mail_on_assignment, mail_on_escalation)"
                    + " values (:username, :assignment, :escalation)", values);
        }
    }
}
