package vn.vetflow.kpi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At startup: rebuilds the read model when asked ({@code --vetflow.kpi.rebuild=true}) or when it is empty
 * while the engine already has history (a new installation of the KPI module on old data).
 */
@Component
@Order(10)
class KpiStartup implements ApplicationRunner {

    private final KpiRebuild rebuild;
    private final KpiStore store;
    private final org.camunda.bpm.engine.HistoryService history;
    private final boolean requested;

    KpiStartup(KpiRebuild rebuild, KpiStore store, org.camunda.bpm.engine.HistoryService history,
               @Value("${vetflow.kpi.rebuild:false}") boolean requested) {
        this.rebuild = rebuild;
        this.store = store;
        this.history = history;
        this.requested = requested;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requested || (store.dossierCount() == 0
                && history.createHistoricProcessInstanceQuery().processDefinitionKey(KpiUpdater.PUBLIC_SERVICE)
                .count() > 0)) {
            rebuild.rebuild();
        }
    }
}
