/**
 * The annual inspection plan: inspectors draft the year's items (institution, topics, quarter), submit the
 * plan to the leader, who approves it or returns it with a comment (drafts due 1 November: a date from
 * Decree 03/2024, still to be confirmed against the current Decree 217/2025).
 *
 * <p>Public API for the inspection module: {@link vn.vetflow.inspectionplan.InspectionPlans#approvedItems(int)}
 * and {@link vn.vetflow.inspectionplan.InspectionPlans#markStarted(long, String)}, the records
 * {@link vn.vetflow.inspectionplan.ApprovedItem}, {@link vn.vetflow.inspectionplan.Plan},
 * {@link vn.vetflow.inspectionplan.PlanItem}, the topic codes {@link vn.vetflow.inspectionplan.PlanTopic}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "institution",
        "shared"})
package vn.vetflow.inspectionplan;
