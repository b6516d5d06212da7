package vn.vetflow.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;

/**
 * A process's coverage from the events the process-test-coverage extension collected for one test class
 * only, so instances started by other classes (or earlier in a shared engine) cannot lift it. Every use
 * of the extension goes through this class (the Operaton build, docker/operaton-build.sh, swaps it).
 */
public final class ProcessCoverage {

    private final DefaultCollector collector;

    private ProcessCoverage(DefaultCollector collector) {
        this.collector = collector;
    }

    /** Adds the extension's listeners to an engine configuration not yet built. */
    public static void prepare(ProcessEngineConfigurationImpl configuration) {
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
    }

    /** Collects from now on what the engine's instances pass through, in one suite and run named {@code who}. */
    public static ProcessCoverage of(ProcessEngine engine, String who) {
        DefaultCollector collector = new DefaultCollector(new ExecutionContextModelProvider());
        collector.createSuite(new Suite(who, who));
        collector.activateSuite(who);
        collector.createRun(new Run(who + "-all", who), who);
        collector.activateRun(who + "-all");
        new ProcessEngineAdapter(engine, collector).initializeListeners();
        return new ProcessCoverage(collector);
    }

    /** The coverage of a collector driven by the extension's Spring listener (its active suite: one class). */
    static ProcessCoverage of(DefaultCollector collector) {
        return new ProcessCoverage(collector);
    }

    /** Fails when fewer than {@code atLeast} of the process's flow nodes were reached. */
    public void check(String processKey, double atLeast, String who) {
        Suite suite = collector.getActiveSuite();
        Model model = collector.getModels().stream().filter(m -> processKey.equals(m.getKey()))
                .max(Comparator.comparing(Model::getVersion)).orElse(null);
        if (model == null) {
            throw new AssertionError(who + " started no instance of " + processKey + ": its coverage is 0%");
        }
        List<String> nodes = Bpmn.readModelFromStream(new ByteArrayInputStream(model.getXml().getBytes(StandardCharsets.UTF_8)))
                .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList();
        Set<String> reached = suite.getEventsDistinct(processKey).stream().map(Event::getDefinitionKey)
                .collect(Collectors.toSet());
        List<String> missed = nodes.stream().filter(n -> !reached.contains(n)).sorted().toList();
        double flowNodes = (double) (nodes.size() - missed.size()) / nodes.size();
        System.out.printf("%s: %s flow-node coverage %.1f%% of %d (with sequence flows %.1f%%); not reached: %s%n",
                who, processKey, flowNodes * 100, nodes.size(), suite.calculateCoverage(model) * 100, missed);
        if (flowNodes < atLeast) {
            throw new AssertionError(String.format("%s reaches %.1f%% of %s's flow nodes, below %.0f%%; not reached: %s",
                    who, flowNodes * 100, processKey, atLeast * 100, missed));
        }
    }
}
