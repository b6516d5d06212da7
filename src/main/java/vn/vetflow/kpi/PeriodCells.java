package vn.vetflow.kpi;

import java.time.LocalDate;

/**
 * How a period's sums are read: its whole calendar months from the monthly cells (kpi_monthly), the days
 * before the first and after the last whole month from the daily cells (kpi_daily). A Decree 09 month (15th to
 * 14th) has no whole month and reads only daily cells; a year reads eleven or twelve monthly cells per group.
 * Everything over all groups reads kpi_daily_all (two rows a day).
 */
record PeriodCells(LocalDate from, LocalDate to, LocalDate firstMonth, LocalDate lastMonth) {

    static final String FIGURES = "sum(n), sum(online_n), sum(fee_required), sum(paid_online), sum(digitised),"
            + " sum(early), sum(on_time), sum(late), sum(resolution_days), sum(result_expected), sum(e_result),"
            + " sum(rated), sum(dissatisfied), sum(reused), sum(portal_synced)";
    private static final String COLUMNS = "kind, n, online_n, fee_required, paid_online, digitised, early, on_time,"
            + " late, resolution_days, result_expected, e_result, rated, dissatisfied, reused, portal_synced";

    /** {@code firstMonth} after {@code lastMonth} when the period holds no whole month. */
    static PeriodCells of(LocalDate from, LocalDate to) {
        LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterLast = to.plusDays(1).withDayOfMonth(1);
        return new PeriodCells(from, to, first, afterLast.minusMonths(1));
    }

    boolean hasWholeMonths() {
        return !firstMonth.isAfter(lastMonth);
    }

    /** Group key, kind, then the figures in {@link #FIGURES}' order. */
    String sums(KpiQueries.Dimension dimension) {
        if (dimension == KpiQueries.Dimension.ALL) {
            return "select '*', kind, " + FIGURES + " from kpi_daily_all where stat_day between ? and ? group by kind";
        }
        String column = dimension.column;
        if (!hasWholeMonths()) {
            return "select " + column + ", kind, " + FIGURES + " from kpi_daily where stat_day between ? and ?"
                    + " group by " + column + ", kind";
        }
        return "select g, kind, " + FIGURES + " from (select " + column + " g, " + COLUMNS + " from kpi_daily"
                + " where stat_day between ? and ? or stat_day between ? and ?"
                + " union all select " + column + ", " + COLUMNS + " from kpi_monthly where month_start between ? and ?)"
                + " c group by g, kind";
    }

    Object[] arguments(KpiQueries.Dimension dimension) {
        if (dimension == KpiQueries.Dimension.ALL || !hasWholeMonths()) {
            return new Object[] {from, to};
        }
        return new Object[] {from, firstMonth.minusDays(1), lastMonth.plusMonths(1), to, firstMonth, lastMonth};
    }
}
