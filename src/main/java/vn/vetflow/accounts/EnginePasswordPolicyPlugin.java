package vn.vetflow.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vetflow.engine.PasswordPolicyPlugin;

/**
 * Installs {@link EnginePasswordPolicy} in the engine. On unless {@code vetflow.accounts.engine-password-policy}
 * is false, which only the demo and test profiles set (their accounts share a short demo password).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vetflow.accounts.engine-password-policy", havingValue = "true", matchIfMissing = true)
class EnginePasswordPolicyPlugin {

    @Bean
    PasswordPolicyPlugin enginePasswordPolicy() {
        return new PasswordPolicyPlugin(new EnginePasswordPolicy());
    }
}
