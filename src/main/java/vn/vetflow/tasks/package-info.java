/**
 * The open user tasks of every process as a read model for task lists ({@code open_task}): written by a
 * task listener in the engine's own transaction, read with plain indexed queries, so a list of a
 * hundred thousand tasks never joins the engine's tables.
 *
 * <p>The one door for work on user tasks, {@link vn.vetflow.tasks.TaskWork}: claim, give back, assign,
 * complete, handing out {@link vn.vetflow.tasks.WorkTask}, never the engine's task.
 *
 * <p>Each process module describes its tasks' cases through {@link vn.vetflow.tasks.TaskSubjects} and
 * plugs its rules into the door through {@link vn.vetflow.tasks.StepHandler}; this module knows no process.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"engine", "forms", "identity", "shared"})
package vn.vetflow.tasks;
