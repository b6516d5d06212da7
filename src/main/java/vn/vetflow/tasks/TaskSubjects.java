package vn.vetflow.tasks;

/**
 * Describes the case behind the user tasks of one kind of process (a dossier, an inspection) for the
 * task list. One Spring bean per process module.
 */
public interface TaskSubjects {

    /** Whether this bean describes the tasks of the process with this BPMN id. */
    boolean describes(String processDefinitionKey);

    /** The case of a task of that process, by the instance's business key and the task's BPMN id. */
    TaskSubject describe(String businessKey, String taskDefinitionKey);
}
