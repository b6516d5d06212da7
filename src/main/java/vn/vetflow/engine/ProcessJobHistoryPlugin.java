package vn.vetflow.engine;

import org.camunda.bpm.engine.impl.batch.BatchMonitorJobHandler;
import org.camunda.bpm.engine.impl.batch.BatchSeedJobHandler;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * The engine's history of jobs without a batch look-up for jobs that belong to no batch. With the removal
 * time taken at the start ({@code historyRemovalTimeStrategy=start}), Camunda's producer looks for a batch
 * whose id is the job definition's configuration for every job log entry ({@code async-before}, a
 * timer's definition, and so on): a {@code select * from ACT_HI_BATCH where ID_ = ?} that finds nothing for a process's
 * jobs, six per public-service lifecycle. A process job takes its removal time from its process instance
 * before that look-up anyway; batch jobs (seed, monitor, and the batches' own jobs) still look.
 */
@Component
class ProcessJobHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventProducer(new Producer());
    }

    static class Producer extends CacheAwareHistoryEventProducer {

        /** Whether the job log entry being written is a batch job's (the producer asks below, on this thread). */
        private static final ThreadLocal<Boolean> BATCH_JOB = ThreadLocal.withInitial(() -> false);

        @Override
        protected void initHistoricJobLogEvent(HistoricJobLogEventEntity event, Job job, HistoryEventType type) {
            boolean outer = BATCH_JOB.get();
            BATCH_JOB.set(isBatchJob((JobEntity) job));
            try {
                super.initHistoricJobLogEvent(event, job, type);
            } finally {
                BATCH_JOB.set(outer);
            }
        }

        @Override
        protected HistoricBatchEntity getHistoricBatchById(String batchId) {
            return BATCH_JOB.get() ? super.getHistoricBatchById(batchId) : null;
        }

        private static boolean isBatchJob(JobEntity job) {
            String type = job.getJobHandlerType();
            return BatchSeedJobHandler.TYPE.equals(type) || BatchMonitorJobHandler.TYPE.equals(type)
                    || Context.getProcessEngineConfiguration().getBatchHandlers().containsKey(type);
        }
    }
}
