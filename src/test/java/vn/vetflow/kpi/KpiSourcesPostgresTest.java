package vn.vetflow.kpi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.vetflow.support.PostgresTest;

/** {@link KpiSourcesScenario} on PostgreSQL (the engine's timestamps without time zone beside ours). */
class KpiSourcesPostgresTest extends PostgresTest implements KpiSourcesScenario {

    @Autowired ApplicationContext context;

    @Override
    public ApplicationContext context() {
        return context;
    }
}
