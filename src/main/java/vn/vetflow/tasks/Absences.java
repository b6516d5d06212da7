package vn.vetflow.tasks;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' absences and their substitutes: while an officer is away, work meant for them goes to the
 * substitute they named (and on to the substitute's substitute if that one is away too).
 */
@Service
@Transactional
public class Absences {

    /** How far a chain of substitutes is followed before giving up (everyone away). */
    private static final int MAX_HOPS = 5;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Absences(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Absence(long id, String username, String substitute, LocalDate startsOn, LocalDate endsOn) {
    }

    /** Records an absence; callers check the dates and that the substitute may do the officer's work. */
    public long add(String username, String substitute, LocalDate startsOn, LocalDate endsOn) {
        if (username.equals(substitute) || endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("An absence needs another officer and an end on or after its start");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into officer_absence (username, substitute, starts_on, ends_on, created_at)"
                        + " values (:username, :substitute, :startsOn, :endsOn, :now)",
                new MapSqlParameterSource().addValue("username", username).addValue("substitute", substitute)
                        .addValue("startsOn", Date.valueOf(startsOn)).addValue("endsOn", Date.valueOf(endsOn))
                        .addValue("now", Timestamp.from(clock.instant())), key, new String[] {"id"});
        return key.getKeyAs(Number.class).longValue();
    }

    /** The officer's absences that have not ended before the day, earliest first. */
    @Transactional(readOnly = true)
    public List<Absence> upcoming(String username, LocalDate today) {
        return jdbc.query("select id, username, substitute, starts_on, ends_on from officer_absence"
                        + " where username = :username and ends_on >= :today order by starts_on, id",
                new MapSqlParameterSource().addValue("username", username).addValue("today", Date.valueOf(today)),
                (rs, row) -> new Absence(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate()));
    }

    /** Removes one of the officer's own absences; false when it is not theirs. */
    public boolean remove(long id, String username) {
        return jdbc.update("delete from officer_absence where id = :id and username = :username",
                new MapSqlParameterSource().addValue("id", id).addValue("username", username)) > 0;
    }

    /** Who receives work meant for the officer on that day: a substitute, or empty when they are present. */
    @Transactional(readOnly = true)
    public Optional<String> substituteFor(String username, LocalDate day) {
        String current = username;
        Set<String> seen = new HashSet<>(Set.of(username));
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Optional<String> next = directSubstitute(current, day);
            if (next.isEmpty()) {
                break;
            }
            if (!seen.add(next.get())) {
                // Two officers naming each other while both away: nobody to hand over to.
                return Optional.empty();
            }
            current = next.get();
        }
        return current.equals(username) ? Optional.empty() : Optional.of(current);
    }

    private Optional<String> directSubstitute(String username, LocalDate day) {
        return jdbc.query("select substitute from officer_absence where username = :username"
                        + " and starts_on <= :day and ends_on >= :day order by id desc",
                new MapSqlParameterSource().addValue("username", username).addValue("day", Date.valueOf(day)),
                (rs, row) -> rs.getString(1)).stream().findFirst();
    }
}
