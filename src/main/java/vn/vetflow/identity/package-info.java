/**
 * Users, groups (= roles) and organisation units on the engine's identity service; the security chain
 * and the groups of a signed-in user ({@link vn.vetflow.identity.UserGroups}). It uses no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.vetflow.identity;
