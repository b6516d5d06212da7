package vn.vetflow.identity;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each officer's choice of e-mails (set on the workspace settings page); without a saved choice both kinds
 * are sent. Public so that every module mailing officers (workspace, inspection) honours the same choice.
 */
@Service
public class OfficerMailPreferences {

    private final NamedParameterJdbcTemplate jdbc;

    OfficerMailPreferences(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Preference(boolean mailOnAssignment, boolean mailOnEscalation) {
        public static final Preference DEFAULT = new Preference(true, true);
    }

    @Transactional(readOnly = true)
    public Preference of(String username) {
        List<Preference> saved = jdbc.query("select mail_on_assignment, mail_on_escalation from officer_preference"
                        + " where username = :username", new MapSqlParameterSource("username", username),
                (rs, row) -> new Preference(rs.getBoolean(1), rs.getBoolean(2)));
        return saved.isEmpty() ? Preference.DEFAULT : saved.get(0);
    }

    @Transactional
    public void save(String username, Preference preference) {
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
