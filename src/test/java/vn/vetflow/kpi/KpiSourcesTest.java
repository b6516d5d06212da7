package vn.vetflow.kpi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.vetflow.support.VetflowTest;

/** {@link KpiSourcesScenario} on H2. */
@VetflowTest
class KpiSourcesTest implements KpiSourcesScenario {

    @Autowired ApplicationContext context;

    @Override
    public ApplicationContext context() {
        return context;
    }
}
