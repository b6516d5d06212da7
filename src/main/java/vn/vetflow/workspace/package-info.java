/**
 * The officers' workspace: the task list ({@code /workspace}) with its tabs, search, paging, claiming and
 * leaders' assignment, and the task page.
 *
 * <p>Controllers are thin and package-private; they work tasks through the door {@code tasks.TaskWork},
 * use the public services of {@code publicservice} ({@code PublicServiceProcess}, {@code OfficerWork},
 * {@code Deadlines}) and {@code dossier}, never the engine's services.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "calendar", "catalogue",
        "documents", "dossier", "forms", "identity", "notification", "publicservice", "shared", "tasks"})
package vn.vetflow.workspace;
