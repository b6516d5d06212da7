package vn.vetflow.engine;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The engine's jobs as the demo data lays out back-dated cases: the job executor paused, a step's jobs run now. */
@Component
public class EngineJobs {

    private final ManagementService management;
    private final ProcessEngineConfigurationImpl configuration;

    EngineJobs(ManagementService management, @Lazy ProcessEngineConfigurationImpl configuration) {
        this.management = management;
        this.configuration = configuration;
    }

    /** Runs the work with the job executor stopped (no timer fires meanwhile), then starts it again. */
    public void withExecutorPaused(Runnable work) {
        JobExecutor executor = configuration.getJobExecutor();
        boolean wasActive = executor != null && executor.isActive();
        if (wasActive) {
            executor.shutdown();
        }
        try {
            work.run();
        } finally {
            if (wasActive) {
                executor.start();
            }
        }
    }

    /** Runs, on this thread, the jobs of a process instance waiting at one BPMN element. */
    public void runJobsAt(String processInstanceId, String activityId) {
        management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list()
                .forEach(job -> management.executeJob(job.getId()));
    }
}
