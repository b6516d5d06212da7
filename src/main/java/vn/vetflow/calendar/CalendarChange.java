package vn.vetflow.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A change an administrator entered from the government's announced schedule, on top of the shipped or
 * computed year.
 *
 * @param kind what the date becomes
 */
public record CalendarChange(long id, int year, LocalDate date, Kind kind, String name, String changedBy,
                             Instant changedAt) {

    /** What a changed date becomes. */
    public enum Kind {
        /** An extra weekday off (a swapped day, an extra holiday day). */
        DAY_OFF,
        /** A Saturday or Sunday worked to make up for a swapped day. */
        WORKING_DAY,
        /** A day of the shipped or computed year that is not off (or not worked) after all. */
        REMOVED
    }

    static CalendarChange from(ResultSet rs) throws SQLException {
        return new CalendarChange(rs.getLong("id"), rs.getInt("calendar_year"),
                rs.getObject("change_date", LocalDate.class), Kind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
    }
}
