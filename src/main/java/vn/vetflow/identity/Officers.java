package vn.vetflow.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Who the officers are, from the engine's identity service: names, e-mail, and who works where. */
@Service
public class Officers {

    private final IdentityService identity;

    Officers(IdentityService identity) {
        this.identity = identity;
    }

    public Optional<String> email(String username) {
        return Optional.ofNullable(identity.createUserQuery().userId(username).singleResult())
                .map(User::getEmail).filter(email -> !email.isBlank());
    }

    /** The user's full name as printed on documents and pages; the login only when the user is unknown. */
    public String fullName(String username) {
        return knownFullName(username).orElse(username);
    }

    /** The full name of a user the identity service knows; empty for an unknown login. */
    public Optional<String> knownFullName(String username) {
        return Optional.ofNullable(username == null ? null : identity.createUserQuery().userId(username).singleResult())
                .map(Officers::displayName);
    }

    /** Members of the group who also belong to the unit, as id → display name, by id. */
    public Map<String, String> inGroupAndUnit(String group, String unit) {
        Map<String, String> members = new TreeMap<>();
        List<String> inUnit = identity.createUserQuery().memberOfGroup(unit).list().stream().map(User::getId).toList();
        for (User user : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
            if (inUnit.contains(user.getId())) {
                members.put(user.getId(), displayName(user));
            }
        }
        return members;
    }

    /**
     * The full names of many users in one query (a page of officers would otherwise cost a query each), by login;
     * a login the identity service does not know maps to itself, as in {@link #fullName}.
     */
    public Map<String, String> fullNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        List<String> wanted = usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!wanted.isEmpty()) {
            identity.createUserQuery().userIdIn(wanted.toArray(String[]::new)).list()
                    .forEach(user -> names.put(user.getId(), displayName(user)));
        }
        wanted.forEach(login -> names.putIfAbsent(login, login));
        return names;
    }

    /** Members of the group, as id → display name, by id. */
    public Map<String, String> inGroup(String group) {
        Map<String, String> members = new TreeMap<>();
        for (User user : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
            members.put(user.getId(), displayName(user));
        }
        return members;
    }

    public static String displayName(User user) {
        String name = ((user.getLastName() == null ? "" : user.getLastName()) + " "
                + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
