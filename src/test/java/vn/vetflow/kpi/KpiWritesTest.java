package vn.vetflow.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The multi-row INSERT a refresh sends on PostgreSQL. */
class KpiWritesTest {

    @Test
    void theTupleOfPlaceholdersIsRepeatedOncePerRowAndWhatFollowsItIsKept() {
        String upsert = "insert into kpi_daily_all (stat_day, kind, n) values (?, ?, ?) on conflict (stat_day, kind)"
                + " do update set n = kpi_daily_all.n + excluded.n";
        assertThat(KpiWrites.rows(upsert, 1)).isEqualTo(upsert);
        assertThat(KpiWrites.rows(upsert, 3)).isEqualTo("insert into kpi_daily_all (stat_day, kind, n) values"
                + " (?, ?, ?), (?, ?, ?), (?, ?, ?) on conflict (stat_day, kind)"
                + " do update set n = kpi_daily_all.n + excluded.n");
    }

    @Test
    void onlyAnInsertWithValuesCanCarrySeveralRows() {
        assertThatThrownBy(() -> KpiWrites.rows("update kpi_daily set n = n + ? where stat_day = ?", 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
