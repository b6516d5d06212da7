package vn.vetflow.kpi;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.vetflow.support.PostgresTest;

/** {@link KpiConcurrencyScenario} on PostgreSQL: real row locks, ON CONFLICT upserts, FOR SHARE. */
class KpiConcurrencyPostgresTest extends PostgresTest implements KpiConcurrencyScenario {

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
