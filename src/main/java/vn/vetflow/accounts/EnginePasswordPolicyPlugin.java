package vn.vetflow.accounts;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Installs {@link EnginePasswordPolicy} in the engine. On unless {@code vetflow.accounts.engine-password-policy}
 * is false, which only the demo and test profiles set (their accounts share a short demo password).
 */
@Component
@ConditionalOnProperty(name = "vetflow.accounts.engine-password-policy", havingValue = "true", matchIfMissing = true)
class EnginePasswordPolicyPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new EnginePasswordPolicy());
    }
}
