package vn.vetflow.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Engine users for tests (ids alphanumeric, as Camunda requires), created once per shared context. */
@Component
public class TestUsers {

    private final IdentityService identity;

    TestUsers(IdentityService identity) {
        this.identity = identity;
    }

    public void ensure(String id, String password, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(password);
            user.setFirstName(id);
            user.setLastName("Test");
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }
}
