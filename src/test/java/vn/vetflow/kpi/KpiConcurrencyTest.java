package vn.vetflow.kpi;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.vetflow.support.VetflowTest;

/** {@link KpiConcurrencyScenario} on H2, the suite's shared database (its own day). */
@VetflowTest
class KpiConcurrencyTest implements KpiConcurrencyScenario {

    @Autowired ApplicationContext context;

    @Override
    public Beans beans() {
        return Beans.of(context);
    }

    @Override
    public LocalDate day() {
        return LocalDate.of(2027, 6, 8);
    }
}
