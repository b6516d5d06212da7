/**
 * Helpers every module may use (clock, scheduling, search text, agency settings); it uses no module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.vetflow.shared;
