package vn.vetflow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.spring_test.common.BaseProcessEngineCoverageTestExecutionListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;

/**
 * The coverage extension's listener (reports in target/process-test-coverage) plus the gate: a class
 * annotated with {@link ProcessCoverageGate} fails when its own tests reach too little of its process.
 * Spring makes one listener per test class, so each class collects into its own collector.
 */
public class ProcessCoverageListener extends BaseProcessEngineCoverageTestExecutionListener {

    private final DefaultCollector collector = new DefaultCollector(new ExecutionContextModelProvider());

    @Override
    protected DefaultCollector getCoverageCollector() {
        return collector;
    }

    /** Every class is measured here (the inclusion pattern in the properties only keeps the extension's own listener out). */
    @Override
    protected boolean isTestClassExcluded(TestContext testContext) {
        return false;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        super.beforeTestClass(testContext);
        // The engine is shared by every class: point its coverage listeners at this class's collector.
        ProcessEngine engine = testContext.getApplicationContext().getBean(ProcessEngine.class);
        new ProcessEngineAdapter(engine, collector).initializeListeners();
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        super.afterTestClass(testContext);
        ProcessCoverageGate gate = AnnotatedElementUtils.findMergedAnnotation(testContext.getTestClass(),
                ProcessCoverageGate.class);
        if (gate != null) {
            ProcessCoverage.of(collector).check(gate.process(), gate.atLeast(), testContext.getTestClass().getSimpleName());
        }
    }
}
