/**
 * The one place that touches the engine's internals ({@code org.camunda.bpm.engine.impl}): what the public
 * API cannot do, behind small methods the feature modules call. It depends on no module of ours, so a move
 * to Operaton rewrites this package and the adapters, nothing else.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.vetflow.engine;
