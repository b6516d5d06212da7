/** The public-service process: submission, the BPMN's delegates and steps, and its rules at the task door. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"calendar", "catalogue", "documents",
        "dossier", "engine", "forms", "identity", "notification", "shared", "tasks"})
package vn.vetflow.publicservice;
