package vn.vetflow.diplomas;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.institution.OccupationLevel;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.ProvinceClock;
import vn.vetflow.shared.SearchText;
import vn.vetflow.shared.Violation;

/**
 * The diplomas each institution issued. Recording checks every field and that the institution has not
 * recorded the number before; an import records a whole sheet or nothing, and says what is wrong on which row.
 */
@Service
public class DiplomaRegister {

    private static final String COLUMNS = "id, institution_code, number, holder_name, identity_number, occupation_code,"
            + " occupation_name, level, issued_on, signer";

    private final NamedParameterJdbcTemplate jdbc;
    private final ProvinceClock clock;

    DiplomaRegister(NamedParameterJdbcTemplate jdbc, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What is wrong with one row of an import: its row number in the sheet, field → message key. */
    public record RowErrors(int row, Map<String, String> errors) {
    }

    /**
     * Records one diploma.
     *
     * @throws InvalidRequestException with the fields that are wrong, or the number already recorded
     */
    @Transactional
    public void record(String institutionCode, DiplomaInput typed, String username) {
        DiplomaInput input = typed.normalised();
        Map<String, String> errors = input.errors(today());
        if (errors.isEmpty() && exists(institutionCode, input.number())) {
            errors.put("number", "diplomas.error.number.taken");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.entrySet().stream()
                    .map(e -> Violation.of(e.getKey(), e.getValue())).toList());
        }
        try {
            jdbc.update(INSERT, params(institutionCode, input, username));
        } catch (DuplicateKeyException sameNumberAtOnce) {
            throw new InvalidRequestException(Violation.of("number", "diplomas.error.number.taken"));
        }
    }

    /**
     * Records every row of a sheet, or none: the per-row errors (rows numbered as in the sheet, the header
     * being row 1) when any row is wrong, a number repeated within the sheet or already recorded included.
     *
     * @return the errors; empty when every row was recorded
     */
    @Transactional
    public List<RowErrors> importRows(String institutionCode, Map<Integer, DiplomaInput> rows, String username) {
        LocalDate today = today();
        Set<String> recorded = new HashSet<>(jdbc.queryForList("select number from diploma where institution_code = :code",
                Map.of("code", institutionCode), String.class));
        Set<String> inSheet = new HashSet<>();
        List<RowErrors> problems = new ArrayList<>();
        List<SqlParameterSource> batch = new ArrayList<>();
        rows.forEach((row, typed) -> {
            DiplomaInput input = typed.normalised();
            Map<String, String> errors = new LinkedHashMap<>(input.errors(today));
            if (!errors.containsKey("number") && recorded.contains(input.number())) {
                errors.put("number", "diplomas.error.number.taken");
            } else if (!errors.containsKey("number") && !inSheet.add(input.number())) {
                errors.put("number", "diplomas.error.number.repeated");
            }
            if (errors.isEmpty()) {
                batch.add(params(institutionCode, input, username));
            } else {
                problems.add(new RowErrors(row, errors));
            }
        });
        if (problems.isEmpty()) {
            jdbc.batchUpdate(INSERT, batch.toArray(SqlParameterSource[]::new));
        }
        return problems;
    }

    /** An institution's diplomas, newest first. */
    @Transactional(readOnly = true)
    public List<Diploma> ofInstitution(String institutionCode, int offset, int limit) {
        return jdbc.query("select " + COLUMNS + " from diploma where institution_code = :code"
                + " order by issued_on desc, number offset :offset rows fetch next :limit rows only",
                new MapSqlParameterSource("code", institutionCode).addValue("offset", offset).addValue("limit", limit),
                DiplomaRegister::diploma);
    }

    @Transactional(readOnly = true)
    public long count(String institutionCode) {
        return jdbc.queryForObject("select count(*) from diploma where institution_code = :code",
                Map.of("code", institutionCode), Long.class);
    }

    /**
     * The diplomas with this number whose holder has this name (accents, case and spaces ignored). Numbers
     * are unique within an institution only, so two institutions' documents may both answer.
     */
    @Transactional(readOnly = true)
    public List<Diploma> lookUp(String number, String holderName) {
        return jdbc.query("select " + COLUMNS + " from diploma where number = :number and holder_search = :holder"
                + " order by issued_on desc", new MapSqlParameterSource("number", number.strip().toUpperCase(
                java.util.Locale.ROOT)).addValue("holder", SearchText.normalise(holderName)), DiplomaRegister::diploma);
    }

    private boolean exists(String institutionCode, String number) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from diploma where institution_code = :code"
                + " and number = :number", Map.of("code", institutionCode, "number", number), Boolean.class));
    }

    private static final String INSERT = "insert into diploma (institution_code, number, holder_name, holder_search,"
            + " identity_number, occupation_code, occupation_name, level, issued_on, signer, recorded_by, recorded_at)"
            + " values (:code, :number, :holder, :search, :identity, :occupationCode, :occupationName, :level,"
            + " :issuedOn, :signer, :by, :at)";

    private MapSqlParameterSource params(String institutionCode, DiplomaInput input, String username) {
        return new MapSqlParameterSource("code", institutionCode).addValue("number", input.number())
                .addValue("holder", input.holderName()).addValue("search", SearchText.normalise(input.holderName()))
                .addValue("identity", input.identityNumber()).addValue("occupationCode", input.occupationCode())
                .addValue("occupationName", input.occupationName()).addValue("level", input.levelValue().name())
                .addValue("issuedOn", Date.valueOf(input.issuedOnValue())).addValue("signer", input.signer())
                .addValue("by", username).addValue("at", Timestamp.from(clock.now()));
    }

    private LocalDate today() {
        return clock.today();
    }

    private static Diploma diploma(ResultSet rs, int row) throws SQLException {
        return new Diploma(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), OccupationLevel.valueOf(rs.getString(8)),
                rs.getDate(9).toLocalDate(), rs.getString(10));
    }
}
