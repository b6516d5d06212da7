package vn.vetflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vetflow.support.VetflowTest;

/**
 * vetflow's password rules as the engine's password policy: the engine judges a password the way the
 * registration and reset pages do (the test profile leaves the policy uninstalled, since test users have short
 * passwords; the check below is the engine's own evaluation of this policy).
 */
@VetflowTest
class EnginePasswordPolicyTest {

    @Autowired IdentityService identity;

    @Test
    void theEngineRefusesWhatOurPagesRefuse() {
        EnginePasswordPolicy policy = new EnginePasswordPolicy();
        User user = identity.newUser("chinhsach");
        user.setEmail("chinhsach@example.vn");
        assertThat(identity.checkPasswordAgainstPolicy(policy, "1", user).isValid()).isFalse();
        assertThat(identity.checkPasswordAgainstPolicy(policy, "abcdefghijkl", user).isValid()).isFalse();
        assertThat(identity.checkPasswordAgainstPolicy(policy, "chinhsach2026", user).isValid())
                .as("contains the user name").isFalse();
        assertThat(identity.checkPasswordAgainstPolicy(policy, "Mua2026xuanve", user).isValid()).isTrue();
    }

    @Test
    void thePluginInstallsThePolicy() {
        var configuration = new org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration();
        new EnginePasswordPolicyPlugin().enginePasswordPolicy().preInit(configuration);
        assertThat(configuration.isEnablePasswordPolicy()).isTrue();
        assertThat(configuration.getPasswordPolicy()).isInstanceOf(EnginePasswordPolicy.class);
    }
}
