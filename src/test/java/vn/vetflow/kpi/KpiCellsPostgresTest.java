package vn.vetflow.kpi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.vetflow.support.PostgresTest;

/** {@link KpiCellsScenario} on PostgreSQL (ON CONFLICT upserts, the covering end-day index). */
class KpiCellsPostgresTest extends PostgresTest implements KpiCellsScenario {

    @Autowired ApplicationContext context;

    @Override
    public ApplicationContext context() {
        return context;
    }

    @Override
    public boolean postgres() {
        return true;
    }
}
