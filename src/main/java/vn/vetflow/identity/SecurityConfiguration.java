package vn.vetflow.identity;

import static org.springframework.security.config.Customizer.withDefaults;
import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Chains: the engine's REST API (administrators, HTTP Basic), our REST API
 * (HTTP Basic, stateless, so no session cookie can be ridden by a forged request), Camunda's webapps (staff
 * by role, on vetflow's login session) and the pages (form login, CSRF on). Requests to the engine's APIs
 * that carry an expression are refused ({@link EngineExpressionGuard}). Matchers are plain path patterns: the engine's REST API and the webapps are Jersey
 * servlets, which Spring MVC's own matchers would not see.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Who works in Camunda Tasklist: officers, inspectors and administrators. */
    private static final String[] TASKLIST = {Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.INSPECTOR,
            Roles.ADMIN};
    /** Every staff role; applicants and institutions are not staff. */
    private static final String[] STAFF = {Roles.RECEPTION, Roles.SPECIALIST, Roles.LEADER, Roles.INSPECTOR,
            Roles.SUPERVISOR, Roles.ADMIN};
    /** Static paths whose URLs carry their content's hash or version (web.StaticResources). */
    private static final String[] VERSIONED_STATIC = {"/css/**", "/js/**", "/webjars/**"};
    /** A bare 401 with no challenge text: nothing in it names the engine behind the path. */
    private static final AuthenticationEntryPoint ENGINE_UNAUTHORIZED = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, EngineExpressionGuard expressionGuard) throws Exception {
        return http.securityMatcher(antMatcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth
                        // Passwords are tested by the login throttle only; processes deploy from the build.
                        .requestMatchers(engineRestPaths("/identity/verify", "/deployment/create",
                                "/deployment/*/redeploy")).denyAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(ENGINE_UNAUTHORIZED))
                .exceptionHandling(e -> e.authenticationEntryPoint(ENGINE_UNAUTHORIZED))
                .addFilterAfter(expressionGuard, AuthorizationFilter.class)
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
     * Camunda's webapps, for staff only and by role, on vetflow's login session (see {@link CamundaWebappLogin}):
     * Tasklist for officers and inspectors, Cockpit for supervisors, Admin for administrators (who may use all
     * three). Applicants and institutions get 403 on every path, the Welcome app and static files included;
     * anonymous requests get a bare 401 that does not name the engine. The webapps' own login and setup
     * endpoints are closed; their logout ends vetflow's session. Camunda's own CSRF filter still guards the
     * webapps' API calls. Users, groups, tenants and authorizations are written by administrators only.
     */
    @Bean
    @Order(3)
    SecurityFilterChain camundaWebapps(HttpSecurity http, EngineExpressionGuard expressionGuard) throws Exception {
        return http.securityMatcher(antMatcher("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(antMatcher("/camunda/api/admin/auth/user/*/login/**"),
                                antMatcher("/camunda/api/admin/setup/**")).denyAll()
                        .requestMatchers(webappEnginePaths("/identity/verify", "/deployment/create",
                                "/deployment/*/redeploy")).denyAll()
                        .requestMatchers(identityWrites()).hasRole(Roles.ADMIN)
                        .requestMatchers(antMatcher("/camunda/app/tasklist/**"), antMatcher("/camunda/api/tasklist/**"))
                                .hasAnyRole(TASKLIST)
                        .requestMatchers(antMatcher("/camunda/app/cockpit/**"), antMatcher("/camunda/api/cockpit/**"))
                                .hasAnyRole(Roles.SUPERVISOR, Roles.ADMIN)
                        .requestMatchers(antMatcher("/camunda/api/admin/auth/user/**")).hasAnyRole(STAFF)
                        .requestMatchers(antMatcher("/camunda/app/admin/**"), antMatcher("/camunda/api/admin/**"))
                                .hasRole(Roles.ADMIN)
                        .anyRequest().hasAnyRole(STAFF))
                .exceptionHandling(e -> e.authenticationEntryPoint(ENGINE_UNAUTHORIZED))
                .addFilterAfter(expressionGuard, AuthorizationFilter.class)
                .logout(logout -> logout.logoutRequestMatcher(antMatcher(HttpMethod.POST,
                                "/camunda/api/admin/auth/user/*/logout"))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Bean
    EngineExpressionGuard engineExpressionGuard(ObjectMapper json, MessageSource messages) {
        return new EngineExpressionGuard(json, messages);
    }

    /** Keeps the guard out of the servlet container's own filter list: it runs inside the two chains above. */
    @Bean
    FilterRegistrationBean<EngineExpressionGuard> engineExpressionGuardRegistration(EngineExpressionGuard guard) {
        var registration = new FilterRegistrationBean<>(guard);
        registration.setEnabled(false);
        return registration;
    }

    /** Writes to the engine's users, groups, memberships, tenants and authorizations, through the webapps' API. */
    private static RequestMatcher[] identityWrites() {
        List<RequestMatcher> matchers = new ArrayList<>();
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
            for (String resource : List.of("user", "group", "tenant", "authorization")) {
                matchers.add(antMatcher(method, "/camunda/api/engine/engine/*/" + resource));
                matchers.add(antMatcher(method, "/camunda/api/engine/engine/*/" + resource + "/**"));
            }
        }
        return matchers.toArray(RequestMatcher[]::new);
    }

    private static RequestMatcher[] webappEnginePaths(String... paths) {
        return Arrays.stream(paths).map(path -> antMatcher("/camunda/api/engine/engine/*" + path))
                .toArray(RequestMatcher[]::new);
    }

    /** The engine REST API answers both without and with the engine's name in the path. */
    private static RequestMatcher[] engineRestPaths(String... paths) {
        return Arrays.stream(paths).flatMap(path -> Stream.of(antMatcher("/engine-rest" + path),
                antMatcher("/engine-rest/engine/*" + path))).toArray(RequestMatcher[]::new);
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

    /**
     * The time-stamping simulator (demo and test profiles only, issue 14): RFC 3161 has no
     * authentication of its own, so only callers on this machine (vetflow signing) reach it.
     */
    @Bean
    @Order(4)
    SecurityFilterChain timeStampingSimulator(HttpSecurity http) throws Exception {
        return http.securityMatcher(antMatcher("/tsa-simulator/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().access((authentication, context) ->
                        new AuthorizationDecision(isLoopback(context.getRequest().getRemoteAddr()))))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** The container's client address is a literal: compared as text, so no name is ever looked up. */
    private static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || address.equals("::1")
                || address.equals("0:0:0:0:0:0:0:1"));
    }

    @Bean
    @Order(5)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/actuator/health").permitAll()
                        // Public portal pages: the catalogue, the status look-up, registration, password reset.
                        .requestMatchers("/procedures", "/procedures/**", "/lookup", "/register", "/register/**",
                                "/password/**").permitAll()
                        // The public map of the VET network and its data.
                        .requestMatchers("/network", "/network/**").permitAll()
                        // Anyone checks a diploma by its number and the holder's name (rate-limited).
                        .requestMatchers("/diplomas").permitAll()
                        // Anyone holding an issued document may check its signature (issue 14).
                        .requestMatchers("/verify", "/verify/upload").permitAll()
                        // The payment gateway calls back without a session; the callback carries its own HMAC.
                        .requestMatchers("/payments/callback/**", "/payments/simulator/**").permitAll()
                        // The simulated national portal (demo/test only) checks the sync's own credentials.
                        .requestMatchers("/national-portal-simulator/api/**").permitAll()
                        // The national portal sync queue; its simulator's controls are for administrators.
                        .requestMatchers("/national-portal/simulator", "/national-portal/simulator/**").hasRole(Roles.ADMIN)
                        .requestMatchers("/national-portal", "/national-portal/**").hasAnyRole(Roles.SUPERVISOR,
                                Roles.ADMIN)
                        .requestMatchers("/actuator/**").hasRole(Roles.ADMIN)
                        // Administrators' pages: the login throttle (who is held back, unlocking), the working-day calendar.
                        .requestMatchers("/admin/**").hasRole(Roles.ADMIN)
                        // Inspections carried out on paper, registered by supervisors for the digital share.
                        .requestMatchers("/inspections/paper", "/inspections/paper/**").hasAnyRole(Roles.SUPERVISOR,
                                Roles.ADMIN)
                        // Provincial reports consolidated from accepted periodic reports (issue 18): the VET
                        // division's leaders (and administrators) submit them to the reporting system; the division,
                        // supervisors and inspectors (who plan from them) read them.
                        .requestMatchers(HttpMethod.POST, "/reporting/consolidation/*/submit").hasAnyRole(
                                Roles.LEADER, Roles.ADMIN)
                        .requestMatchers("/reporting/consolidation", "/reporting/consolidation/**").hasAnyRole(
                                Roles.SPECIALIST, Roles.LEADER, Roles.SUPERVISOR, Roles.INSPECTOR, Roles.ADMIN)
                        // Supervisors' KPI dashboards; recomputing them from scratch is for administrators.
                        .requestMatchers("/kpi/rebuild").hasRole(Roles.ADMIN)
                        .requestMatchers("/kpi", "/kpi/**").hasAnyRole(Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN)
                        // An institution's staff propose changes to its particulars; the Department decides.
                        .requestMatchers("/my/institution", "/my/institution/**").hasRole(Roles.INSTITUTION)
                        .requestMatchers("/institution-changes", "/institution-changes/**").hasAnyRole(
                                Roles.INSPECTOR, Roles.ADMIN)
                        // Periodic reporting (issue 18): an institution's staff file its reports; the VET division
                        // reads rounds (supervisors too), leaders and administrators open rounds, specialists and
                        // leaders review (the task door also checks the unit).
                        .requestMatchers("/my/reports", "/my/reports/**").hasRole(Roles.INSTITUTION)
                        .requestMatchers(HttpMethod.GET, "/reporting", "/reporting/**").hasAnyRole(Roles.SPECIALIST,
                                Roles.LEADER, Roles.SUPERVISOR, Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, "/reporting/rounds").hasAnyRole(Roles.LEADER, Roles.ADMIN)
                        .requestMatchers("/reporting/**").hasAnyRole(Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN)
                        // The one-stop desk: reception officers register counter and post dossiers (issue 17).
                        .requestMatchers("/desk", "/desk/**").hasRole(Roles.RECEPTION)
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
                        // The mail outbox (pending and failed mails): administrators only.
                        .requestMatchers("/admin/mails", "/admin/mails/**").hasRole(Roles.ADMIN)
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(antMatcher("/payments/callback/**"),
                        antMatcher("/national-portal-simulator/api/**")))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/?logout"))
                // Pages show personal data: never stored by the browser or a proxy. Styles, scripts and webjars
                // have URLs that change with their content (web.StaticResources) and are cached for a year.
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(new OrRequestMatcher(Arrays.stream(VERSIONED_STATIC)
                                        .map(path -> (RequestMatcher) antMatcher(HttpMethod.GET, path)).toList())),
                                new CacheControlHeadersWriter())))
                .build();
    }
}
