package vn.vetflow.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.vetflow.identity.Roles;
import java.util.List;

/** Engine users for tests (ids alphanumeric, as Camunda requires), created once per shared context. */
@Component
public class TestUsers {

    private final IdentityService identity;

    TestUsers(IdentityService identity) {
        this.identity = identity;
    }

    /** An officer works in every unit (processes/units.yaml) unless a test says otherwise. */
    public void ensure(String id, String password, String group) {
        ensure(id, password, group, Roles.OFFICERS.contains(group) || Roles.ADMIN.equals(group) ? ALL_UNITS : List.of());
    }

    public void ensure(String id, String password, String group, List<String> units) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(password);
            user.setFirstName(id);
            user.setLastName("Test");
            identity.saveUser(user);
            identity.createMembership(id, group);
            units.forEach(unit -> identity.createMembership(id, unit));
        }
    }

    /** The units of processes/units.yaml, as Camunda groups. */
    public static final List<String> ALL_UNITS = List.of("motcua", "gdnn", "kiemtra");
}
