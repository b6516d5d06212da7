/**
 * The open user tasks of every process as a read model for task lists ({@code open_task}): written by a
 * task listener in the engine's own transaction, read with plain indexed queries, so a list of a
 * hundred thousand tasks never joins the engine's tables.
 *
 * <p>Each process module describes its tasks' cases through {@link vn.vetflow.tasks.TaskSubjects};
 * this module knows no process.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"engine", "forms", "identity", "shared"})
package vn.vetflow.tasks;
