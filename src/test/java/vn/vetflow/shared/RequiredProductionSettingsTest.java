package vn.vetflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

/** Production refuses to start without its required settings, naming all that are missing, and keeps no demo behaviour. */
class RequiredProductionSettingsTest {

    @Test
    void startupNamesEveryMissingSetting() {
        MockEnvironment environment = new MockEnvironment().withProperty("vetflow.agency.signer-name", " ");
        assertThatThrownBy(() -> new RequiredProductionSettings(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VETFLOW_PUBLIC_URL (vetflow.public-url)")
                .hasMessageContaining("VETFLOW_SIGNER_NAME (vetflow.agency.signer-name)")
                .hasMessageContaining("VETFLOW_SIGNER_TITLE (vetflow.agency.signer-title)");
    }

    @Test
    void startsWhenEverythingIsGiven() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("vetflow.public-url", "https://dichvucong.example.gov.vn")
                .withProperty("vetflow.agency.signer-name", "Người ký (chưa xác nhận)")
                .withProperty("vetflow.agency.signer-title", "KT. GIÁM ĐỐC");
        assertThat(RequiredProductionSettings.missing(environment)).isEmpty();
        new RequiredProductionSettings(environment);
    }

    @Test
    void theProductionProfileLeavesTheRequiredSettingsEmptyAndThePaymentSimulatorOff() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("postgres", new ClassPathResource("application-postgres.yml"))
                .forEach(source -> environment.getPropertySources().addFirst(source));
        // Without the environment variables nothing is filled in for production...
        assertThat(RequiredProductionSettings.missing(environment)).hasSize(3);
        // ...and payments never fall back to the simulator, where anybody could mark a fee as paid.
        assertThat(environment.getProperty("vetflow.payment.gateway")).isEqualTo("none");
        assertThat(environment.getProperty("vetflow.accounts.engine-password-policy")).isNull();
    }
}
