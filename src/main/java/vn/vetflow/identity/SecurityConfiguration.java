package vn.vetflow.identity;

import static org.springframework.security.config.Customizer.withDefaults;
import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. Three chains: the engine's REST API (administrators, HTTP Basic), our REST API
 * (HTTP Basic, stateless, so no session cookie can be ridden by a forged request), and the pages
 * (form login, CSRF on). Camunda's webapps keep their own login and CSRF protection; they are never
 * anonymous either. Matchers are plain path patterns: the engine's REST API and the webapps are Jersey
 * servlets, which Spring MVC's own matchers would not see.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http.securityMatcher(antMatcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** The KPIs as Prometheus metrics: scraped with HTTP Basic by an administrator or supervisor account. */
    @Bean
    @Order(0)
    SecurityFilterChain prometheus(HttpSecurity http) throws Exception {
        return http.securityMatcher(antMatcher("/actuator/prometheus"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(Roles.ADMIN, Roles.SUPERVISOR))
                .httpBasic(withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher(antMatcher("/api/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/procedures", "/api/v1/procedures/**").permitAll()
                        .requestMatchers("/api/v1/tasks/**").hasAnyRole(Roles.RECEPTION, Roles.SPECIALIST,
                                Roles.LEADER, Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers").hasAnyRole(Roles.APPLICANT,
                                Roles.INSTITUTION)
                        .anyRequest().authenticated())
                .httpBasic(withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The remote-signing simulator (demo and test profiles only): a stand-in for a provider's service,
     * called by vetflow itself with a bearer token that the simulator checks.
     */
    @Bean
    @Order(4)
    SecurityFilterChain signingSimulator(HttpSecurity http) throws Exception {
        return http.securityMatcher(antMatcher("/csc-simulator/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // The webapps authenticate against the same identity service and check the engine's
        // authorizations themselves; Spring Security only stays out of their way.
        return http.securityMatcher(antMatcher("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/actuator/health").permitAll()
                        // Public portal pages: the catalogue, the status look-up, registration, password reset.
                        .requestMatchers("/procedures", "/procedures/**", "/lookup", "/register", "/register/**",
                                "/password/**").permitAll()
                        // Anyone holding an issued document may check its signature (issue 14).
                        .requestMatchers("/verify", "/verify/upload").permitAll()
                        // The payment gateway calls back without a session; the callback carries its own HMAC.
                        .requestMatchers("/payments/callback/**", "/payments/simulator/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Roles.ADMIN)
                        // Inspections carried out on paper, registered by supervisors for the digital share.
                        .requestMatchers("/inspections/paper", "/inspections/paper/**").hasAnyRole(Roles.SUPERVISOR,
                                Roles.ADMIN)
                        // Supervisors' KPI dashboards; recomputing them from scratch is for administrators.
                        .requestMatchers("/kpi/rebuild").hasRole(Roles.ADMIN)
                        .requestMatchers("/kpi", "/kpi/**").hasAnyRole(Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN)
                        // The applicant's own space: filing, drafts, dossiers, payments.
                        .requestMatchers("/my/**").hasAnyRole(Roles.APPLICANT, Roles.INSTITUTION)
                        // The officers' workspace: task lists and case files.
                        .requestMatchers("/workspace/**").hasAnyRole(Roles.RECEPTION, Roles.SPECIALIST,
                                Roles.LEADER, Roles.INSPECTOR, Roles.ADMIN)
                        // The register of VET institutions: inspectors and administrators keep it; leaders and
                        // supervisors read it; an institution's staff read their own page (checked by the page).
                        .requestMatchers(HttpMethod.GET, "/institutions/new", "/institutions/*/edit")
                                .hasAnyRole(Roles.INSPECTOR, Roles.ADMIN)
                        .requestMatchers(HttpMethod.GET, "/institutions", "/institutions/*").hasAnyRole(Roles.INSPECTOR,
                                Roles.LEADER, Roles.SUPERVISOR, Roles.ADMIN, Roles.INSTITUTION)
                        .requestMatchers("/institutions/**").hasAnyRole(Roles.INSPECTOR, Roles.ADMIN)
                        // Annual inspection plans: inspectors draft and submit, the leader approves or returns.
                        .requestMatchers(HttpMethod.GET, "/inspection-plans", "/inspection-plans/*")
                                .hasAnyRole(Roles.INSPECTOR, Roles.LEADER, Roles.SUPERVISOR, Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, "/inspection-plans/*/approve", "/inspection-plans/*/return")
                                .hasRole(Roles.LEADER)
                        .requestMatchers("/inspection-plans", "/inspection-plans/**").hasRole(Roles.INSPECTOR)
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(antMatcher("/payments/callback/**")))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/?logout"))
                .build();
    }
}
