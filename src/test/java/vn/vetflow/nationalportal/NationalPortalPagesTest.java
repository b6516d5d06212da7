package vn.vetflow.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.identity.Roles;
import vn.vetflow.shared.AdjustableClock;
import vn.vetflow.support.VetflowTest;

/** The operators' queue page and the simulator's page: who may use them, and what they show and do. */
@VetflowTest
class NationalPortalPagesTest {

    @Autowired MockMvc mvc;
    @Autowired DossierService dossierService;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AdjustableClock clock;
    @Autowired Outbox outbox;
    @Autowired OutboxDelivery delivery;
    @Autowired PortalSimulator simulator;

    DeliveryChecks checks;

    @BeforeEach
    void setUp() {
        checks = new DeliveryChecks(outbox, delivery, simulator);
        simulator.behave(PortalSimulator.Mode.UP, Duration.ZERO);
        checks.drain(clock.instant());
    }

    @AfterEach
    void tearDown() {
        simulator.behave(PortalSimulator.Mode.UP, Duration.ZERO);
        clock.reset();
    }

    @Test
    void onlyAdministratorsAndSupervisorsSeeTheQueue() throws Exception {
        for (String role : Roles.ALL) {
            int expected = role.equals(Roles.ADMIN) || role.equals(Roles.SUPERVISOR) ? 200 : 403;
            mvc.perform(get("/national-portal").with(user("np-" + role).roles(role))).andExpect(status().is(expected));
            mvc.perform(get("/national-portal/dossiers/X").with(user("np-" + role).roles(role)))
                    .andExpect(status().is(expected));
            mvc.perform(post("/national-portal/retry").with(csrf()).with(user("np-" + role).roles(role)))
                    .andExpect(status().is(expected == 200 ? 302 : 403));
        }
        mvc.perform(get("/national-portal")).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void onlyAdministratorsSteerTheSimulator() throws Exception {
        for (String role : Roles.ALL) {
            int expected = role.equals(Roles.ADMIN) ? 200 : 403;
            mvc.perform(get("/national-portal/simulator").with(user("np-" + role).roles(role)))
                    .andExpect(status().is(expected));
            mvc.perform(post("/national-portal/simulator").param("mode", "UP").with(csrf())
                    .with(user("np-" + role).roles(role))).andExpect(status().is(expected == 200 ? 302 : 403));
        }
    }

    @Test
    void theQueueShowsWaitingAndFailingRowsAndRetryNowDeliversThem() throws Exception {
        MovingDossiers dossiers = new MovingDossiers(dossierService, catalogue, transactions, clock);
        simulator.behave(PortalSimulator.Mode.DOWN, Duration.ZERO);
        String code = dossiers.file();
        dossiers.step(code);
        checks.attemptUntil(code, 1);
        clock.advance(Duration.ofMinutes(90));

        Document page = Jsoup.parse(mvc.perform(get("/national-portal").with(user("np-sup").roles(Roles.SUPERVISOR)))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("pending-count").text()).isEqualTo("2");
        assertThat(page.getElementById("failing-count").text()).isEqualTo("1");
        assertThat(page.getElementById("oldest-age").text()).isEqualTo("1 giờ 30 phút");
        assertThat(page.select("#failures tr[data-dossier=" + code + "] .last-error").text()).contains("503");

        // The operator asked the simulator to come back and retries now, without waiting for the back-off.
        simulator.behave(PortalSimulator.Mode.UP, Duration.ZERO);
        mvc.perform(post("/national-portal/retry").param("dossier", code).with(csrf())
                .with(user("np-admin").roles(Roles.ADMIN))).andExpect(status().is3xxRedirection());

        Document history = Jsoup.parse(mvc.perform(get("/national-portal/dossiers/" + code)
                .with(user("np-admin").roles(Roles.ADMIN))).andReturn().getResponse().getContentAsString());
        assertThat(history.select("#history tbody tr")).hasSize(2)
                .allSatisfy(row -> assertThat(row.attr("data-acknowledged")).isEqualTo("true"));
        checks.assertArrivedOnceInOrder(code);
    }

    @Test
    void theSimulatorPageShowsWhatArrived() throws Exception {
        MovingDossiers dossiers = new MovingDossiers(dossierService, catalogue, transactions, clock);
        String code = dossiers.file();
        checks.deliverUntilAcknowledged(java.util.List.of(code), delivery);
        mvc.perform(post("/national-portal/simulator").param("mode", "DOWN").with(csrf())
                .with(user("np-admin").roles(Roles.ADMIN))).andExpect(status().is3xxRedirection());

        Document page = Jsoup.parse(mvc.perform(get("/national-portal/simulator").with(user("np-admin").roles(Roles.ADMIN)))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("mode").attr("data-mode")).isEqualTo("DOWN");
        assertThat(page.select("#receipts td").eachText()).contains(code);
        assertThat(simulator.mode()).isEqualTo(PortalSimulator.Mode.DOWN);
    }
}
