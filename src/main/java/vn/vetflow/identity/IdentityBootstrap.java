package vn.vetflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups and what each may do in Camunda's webapps, on every start and idempotently.
 * The first administrator comes from {@code camunda.bpm.admin-user} (password from the environment),
 * never from the setup page; here it also joins our admin group.
 */
@Component
@Order(0)
public class IdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private static final Map<String, String> GROUP_NAMES = Map.of(
            Roles.APPLICANT, "Người nộp hồ sơ",
            Roles.RECEPTION, "Cán bộ tiếp nhận",
            Roles.SPECIALIST, "Chuyên viên thẩm định",
            Roles.LEADER, "Lãnh đạo Sở",
            Roles.INSPECTOR, "Kiểm tra viên",
            Roles.INSTITUTION, "Cơ sở giáo dục nghề nghiệp",
            Roles.SUPERVISOR, "Giám sát, theo dõi chỉ tiêu",
            Roles.ADMIN, "Quản trị hệ thống");

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final CamundaBpmProperties camunda;
    private final OrganisationUnits units;

    IdentityBootstrap(IdentityService identity, AuthorizationService authorizations,
                      CamundaBpmProperties camunda, OrganisationUnits units) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.camunda = camunda;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        GROUP_NAMES.forEach(this::ensureGroup);
        for (OrganisationUnit unit : units.all()) {
            ensureUnit(unit);
        }
        for (String officers : Roles.OFFICERS) {
            grant(officers, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(officers, Resources.FILTER, ANY, Permissions.READ);
            grant(officers, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            grant(officers, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
        grant(Roles.SUPERVISOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.SUPERVISOR, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
                Permissions.READ_INSTANCE);
        grant(Roles.SUPERVISOR, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        var adminUser = camunda.getAdminUser();
        if (adminUser != null && adminUser.getId() != null) {
            addMember(adminUser.getId(), Roles.ADMIN);
        }
    }

    /** Adds a user to a group unless already a member. */
    public void addMember(String userId, String groupId) {
        boolean member = identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
        if (!member && identity.createUserQuery().userId(userId).count() > 0) {
            identity.createMembership(userId, groupId);
        }
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(Roles.OFFICERS.contains(id) || Roles.ADMIN.equals(id) ? "WORKFLOW" : "USERS");
            identity.saveGroup(group);
            log.info("Created group {}", id);
        }
    }

    private void ensureUnit(OrganisationUnit unit) {
        if (identity.createGroupQuery().groupId(unit.code()).count() == 0) {
            Group group = identity.newGroup(unit.code());
            group.setName(unit.name());
            group.setType(OrganisationUnits.GROUP_TYPE);
            identity.saveGroup(group);
            log.info("Created unit {}", unit.code());
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).count() > 0;
        if (exists) {
            return;
        }
        Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
