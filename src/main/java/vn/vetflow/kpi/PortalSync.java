package vn.vetflow.kpi;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Transparency (Decision 766): how many dossiers received in a period are public on the national portal, that is
 * have statuses in the national portal outbox and every one of them acknowledged by the portal. Whether one dossier
 * is public is read from the outbox table of {@code nationalportal} (it has no API for this) when its KPI row is
 * refreshed, and kept in the row ({@code kpi_dossier.portal_synced}): the portal's acknowledgement of a dossier's
 * last status refreshes the row ({@code nationalportal.DossierSyncedWithPortal}), a new status clears it (the status
 * change refreshes it). The flag is counted in the KPI cells like every
 * other figure ({@link PeriodCells}): the pages never look at the outbox nor count dossier rows.
 */
final class PortalSync {

    private PortalSync() {
    }

    /**
     * 1 when the dossier of the row aliased {@code d} has statuses in the outbox and the portal acknowledged every
     * one, else 0 (one index range): a scalar sub-query for the refresh's read ({@link KpiSources}).
     */
    static final String SYNCED_OF_DOSSIER = "(select case when count(*) > 0 and count(o.acknowledged_at) = count(*)"
            + " then 1 else 0 end from portal_outbox o where o.dossier_code = d.code)";

    /**
     * Per procedure, dossiers received in a period and how many of them are public on the portal: {received, synced},
     * from the period's cells (a period's whole months from the monthly ones).
     */
    static Map<String, long[]> receivedAndSyncedByProcedure(JdbcTemplate jdbc, LocalDate from, LocalDate to) {
        Map<String, long[]> byProcedure = new HashMap<>();
        PeriodCells cells = PeriodCells.of(from, to);
        jdbc.query(cells.sums(KpiQueries.Dimension.PROCEDURE), rs -> {
            if ("R".equals(rs.getString(2))) {
                byProcedure.put(rs.getString(1), new long[] {rs.getLong(3), rs.getLong(17)});
            }
        }, cells.arguments(KpiQueries.Dimension.PROCEDURE));
        return byProcedure;
    }
}
