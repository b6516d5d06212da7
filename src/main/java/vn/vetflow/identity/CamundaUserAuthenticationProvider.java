package vn.vetflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Users and passwords live in the engine's identity service, so one account logs in to our pages, the
 * API and Camunda's webapps alike. Camunda groups become Spring roles (group "leader" → ROLE_leader).
 */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final ObjectProvider<LoginGuard> guards;

    CamundaUserAuthenticationProvider(IdentityService identityService, ObjectProvider<LoginGuard> guards) {
        this.identityService = identityService;
        this.guards = guards;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (username == null || username.isBlank()) {
            throw new BadCredentialsException("Bad credentials");
        }
        // A throttled name or address is refused before the password is tested (see LoginGuard).
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        guards.orderedStream().forEach(guard -> guard.checkAllowed(username, address));
        if (!identityService.checkPassword(username, password)) {
            throw new BadCredentialsException("Bad credentials");
        }
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(username).list()
                .stream().map(Group::getId).map(id -> new SimpleGrantedAuthority("ROLE_" + id)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
