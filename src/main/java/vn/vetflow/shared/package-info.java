/**
 * Helpers every module may use (clock, scheduling, search text, agency settings); it uses no module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"engine"})
package vn.vetflow.shared;
