package vn.vetflow.kpi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.vetflow.support.VetflowTest;

/** {@link KpiCellsScenario} on H2 (MERGE upserts). */
@VetflowTest
class KpiCellsTest implements KpiCellsScenario {

    @Autowired ApplicationContext context;

    @Override
    public ApplicationContext context() {
        return context;
    }

    @Override
    public boolean postgres() {
        return false;
    }
}
