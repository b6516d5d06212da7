package vn.vetflow.kpi;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What Decision 766 asks about a dossier's digitisation: are all its components digitised, was any reused from
 * an earlier dossier, was its paper result scanned. Read straight from the dossier tables' columns
 * ({@code attachment.digitised}, {@code attachment.reused_from_dossier}, {@code dossier.result_digitised}),
 * which the counter intake fills; the dossier module has no API for them yet.
 *
 * @param componentsDigitised at least one component, and every one digitised or reused
 */
record DigitisedParts(boolean componentsDigitised, boolean reusedComponent, boolean resultDigitised) {

    static DigitisedParts of(JdbcTemplate jdbc, String dossierCode) {
        long[] counts = jdbc.query("select count(*), sum(case when a.digitised or a.reused_from_dossier is not null"
                + " then 1 else 0 end), sum(case when a.reused_from_dossier is not null then 1 else 0 end)"
                + " from attachment a join dossier d on d.id = a.dossier_id where d.code = ?",
                rs -> rs.next() ? new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)} : new long[3], dossierCode);
        Boolean result = jdbc.query("select result_digitised from dossier where code = ?",
                rs -> rs.next() && rs.getBoolean(1), dossierCode);
        return new DigitisedParts(counts[0] > 0 && counts[1] == counts[0], counts[2] > 0, Boolean.TRUE.equals(result));
    }
}
