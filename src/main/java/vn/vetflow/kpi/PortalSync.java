package vn.vetflow.kpi;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Transparency (Decision 766): how many dossiers received in a period are public on the national portal, that is
 * have statuses in the national portal outbox and every one of them acknowledged by the portal. Read from the
 * outbox table of {@code nationalportal} (it has no API for this count).
 */
final class PortalSync {

    private PortalSync() {
    }

    static long syncedReceived(JdbcTemplate jdbc, Period period) {
        Long n = jdbc.queryForObject("select count(*) from kpi_dossier k where k.received_day between ? and ?"
                + " and exists (select 1 from portal_outbox o where o.dossier_code = k.code)"
                + " and not exists (select 1 from portal_outbox o where o.dossier_code = k.code and o.acknowledged_at is null)",
                Long.class, period.from(), period.to());
        return n == null ? 0 : n;
    }

    /** Per procedure, dossiers received in a period and how many of them are public on the portal: {received, synced}. */
    static Map<String, long[]> receivedAndSyncedByProcedure(JdbcTemplate jdbc, java.time.LocalDate from,
                                                           java.time.LocalDate to) {
        Map<String, long[]> byProcedure = new HashMap<>();
        jdbc.query("select k.procedure_id, count(*), sum(case when exists (select 1 from portal_outbox o"
                + " where o.dossier_code = k.code) and not exists (select 1 from portal_outbox o"
                + " where o.dossier_code = k.code and o.acknowledged_at is null) then 1 else 0 end)"
                + " from kpi_dossier k where k.received_day between ? and ? group by k.procedure_id",
                rs -> {
                    byProcedure.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }, from, to);
        return byProcedure;
    }
}
