package vn.vetflow.engine;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Installs a password policy in the engine's identity service (a feature module declares it as a bean). */
public class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

    private final PasswordPolicy policy;

    public PasswordPolicyPlugin(PasswordPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(policy);
    }
}
