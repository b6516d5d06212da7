package vn.vetflow.accounts;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * vetflow's {@link PasswordRules} as the engine's password policy, so no path that sets a password through
 * the engine (Camunda Admin, /engine-rest, the first administrator from configuration) accepts a weaker one
 * than vetflow's own pages do.
 */
class EnginePasswordPolicy implements PasswordPolicy {

    /** The placeholder Camunda's Admin app shows for the rule. */
    static final String PLACEHOLDER = "PASSWORD_POLICY_VETFLOW";

    private static final PasswordPolicyRule RULES = new PasswordPolicyRule() {
        @Override
        public String getPlaceholder() {
            return PLACEHOLDER;
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of("minLength", String.valueOf(PasswordRules.MIN_LENGTH),
                    "maxLength", String.valueOf(PasswordRules.MAX_LENGTH));
        }

        @Override
        public boolean execute(String password) {
            return PasswordRules.violations(password, null, null).isEmpty();
        }

        @Override
        public boolean execute(String password, User user) {
            return user == null ? execute(password)
                    : PasswordRules.violations(password, user.getId(), user.getEmail()).isEmpty();
        }
    };

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.of(RULES);
    }
}
