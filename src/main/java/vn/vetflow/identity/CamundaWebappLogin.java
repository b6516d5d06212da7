package vn.vetflow.identity;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * vetflow's login is the only login of Camunda's webapps: Spring Security authenticates (form login,
 * through the one login throttle) and Camunda's container-based authentication filter takes the user from
 * {@code request.getUserPrincipal()}, which Spring Security's request wrapper answers. The webapps' own
 * login endpoint is refused by {@link SecurityConfiguration}, so the engine's password check with its
 * permanent lock is never reached from the web.
 *
 * <p>Registered right after Spring Security's filter chain and before Camunda's own filters (which the
 * webapp starter adds at the end of the chain), so Camunda's authentication filter finds the user in the
 * session as if it had logged in itself.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappLogin {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("vetflow Camunda container authentication");
        registration.addUrlPatterns("/camunda/*");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
