package vn.vetflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class UserGroupsTest {

    @Test
    void rolesBecomeGroupIdsAndOtherAuthoritiesAreLeftOut() {
        var user = new TestingAuthenticationToken("lanhdao", "x", List.of(new SimpleGrantedAuthority("ROLE_leader"),
                new SimpleGrantedAuthority("FACTOR_PASSWORD"), new SimpleGrantedAuthority("ROLE_inspector")));
        assertThat(UserGroups.of(user)).containsExactly(Roles.LEADER, Roles.INSPECTOR);
    }

    @Test
    void nobodyHasNoGroups() {
        assertThat(UserGroups.of(null)).isEmpty();
        assertThat(UserGroups.of(new TestingAuthenticationToken("x", "y"))).isEmpty();
    }
}
