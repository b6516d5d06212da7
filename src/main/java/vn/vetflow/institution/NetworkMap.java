package vn.vetflow.institution;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The VET network as the public sees it: every institution of the register with its place and occupations.
 * Two queries whatever the number of institutions (the register is a few hundred rows at most).
 */
@Service
public class NetworkMap {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    NetworkMap(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NetworkInstitution> institutions(NetworkFilter filter) {
        Map<String, List<Occupation>> occupations = new java.util.HashMap<>();
        jdbc.query("select institution_code, occupation_code, occupation_name, level, registered_scale,"
                + " current_enrolment from institution_occupation order by occupation_name, level", rs -> {
                    occupations.computeIfAbsent(rs.getString(1), code -> new ArrayList<>()).add(new Occupation(
                            rs.getString(2), rs.getString(3), OccupationLevel.valueOf(rs.getString(4)), rs.getInt(5),
                            rs.getInt(6)));
                });
        List<NetworkInstitution> all = jdbc.query("select i.code, i.name, i.type, i.address, i.district, i.phone,"
                + " i.email, l.website, l.latitude, l.longitude, l.approximate from institution i"
                + " left join institution_location l on l.institution_code = i.code order by i.name, i.code",
                (rs, row) -> new NetworkInstitution(rs.getString(1), rs.getString(2),
                        InstitutionType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                        rs.getBoolean(11), List.copyOf(occupations.getOrDefault(rs.getString(1), List.of()))));
        return all.stream().filter(filter::accepts).toList();
    }

    /** The districts that have at least one institution, for the filter. */
    @Transactional(readOnly = true)
    public List<String> districts() {
        return jdbc.queryForList("select distinct district from institution order by district", Map.of(), String.class);
    }

    @Transactional(readOnly = true)
    public Optional<Place> place(String code) {
        return jdbc.query("select latitude, longitude, website, approximate from institution_location"
                + " where institution_code = :code", Map.of("code", code), (rs, row) -> new Place(rs.getBigDecimal(1),
                rs.getBigDecimal(2), rs.getString(3), rs.getBoolean(4))).stream().findFirst();
    }

    /** Places an institution, or moves it; only the register (or an approved change) calls this. */
    @Transactional
    public void place(String code, Place place) {
        var params = new MapSqlParameterSource("code", code).addValue("lat", place.latitude())
                .addValue("lon", place.longitude()).addValue("web", place.website())
                .addValue("approx", place.approximate()).addValue("at", java.sql.Timestamp.from(clock.instant()));
        int updated = jdbc.update("update institution_location set latitude = :lat, longitude = :lon, website = :web,"
                + " approximate = :approx, updated_at = :at where institution_code = :code", params);
        if (updated == 0) {
            jdbc.update("insert into institution_location (institution_code, latitude, longitude, website,"
                    + " approximate, updated_at) values (:code, :lat, :lon, :web, :approx, :at)", params);
        }
    }

    /** Where an institution is; the website lives here too, as it is a public particular only the map shows. */
    public record Place(BigDecimal latitude, BigDecimal longitude, String website, boolean approximate) {
    }
}
