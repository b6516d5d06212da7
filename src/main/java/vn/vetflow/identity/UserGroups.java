package vn.vetflow.identity;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The one place that turns a signed-in user into vetflow's groups. Each Camunda group arrives as the
 * Spring role {@code ROLE_<group>} ({@link CamundaUserAuthenticationProvider}); pages, APIs and task
 * permissions all need the bare group ids.
 */
public final class UserGroups {

    private static final String ROLE = "ROLE_";

    private UserGroups() {
    }

    /** The user's group ids ({@link Roles}), empty for nobody. */
    public static List<String> of(Authentication user) {
        if (user == null) {
            return List.of();
        }
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(ROLE)).map(a -> a.substring(ROLE.length())).toList();
    }
}
