/**
 * The one place that touches the engine's internals ({@code org.camunda.bpm.engine.impl}): what the public
 * API cannot do, behind small methods the feature modules call, and the engine plugins. A feature module
 * plugs into the engine by declaring a plugin of this package as a bean
 * ({@link vn.vetflow.engine.UserTaskListenersPlugin}, {@link vn.vetflow.engine.PasswordPolicyPlugin}) or by
 * implementing its port ({@link vn.vetflow.engine.UserTaskLedger} for
 * {@link vn.vetflow.engine.OpenUserTaskPlugin}). Dependencies go one way: features depend on this module, it
 * depends on no module of ours, so a move to Operaton rewrites this package and the adapters, nothing else.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.vetflow.engine;
