/**
 * Camunda Forms (form-js JSON, {@code forms/**}/*.form) on the server: {@link vn.vetflow.forms.FormRegistry}
 * loads them at startup, {@link vn.vetflow.forms.FormValidator} checks a submission against the same
 * schema that Camunda Tasklist renders, so our pages and the Tasklist agree on what is valid.
 */
// A leaf: form schemas and validation, using no other module.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.vetflow.forms;
