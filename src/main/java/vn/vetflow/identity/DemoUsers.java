package vn.vetflow.identity;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One demo user per role (demo profile only), all with the demo password of application-demo.yml. */
@Component
@Profile("demo")
@Order(1)
public class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    /** username, first name, last name, e-mail, group. */
    public record DemoUser(String username, String firstName, String lastName, String email, String group) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("congdan", "An", "Nguyễn Văn", "congdan@example.vn", Roles.APPLICANT),
            new DemoUser("congdan2", "Bảo", "Đỗ Gia", "congdan2@example.vn", Roles.APPLICANT),
            new DemoUser("coso", "Trường Trung cấp", "Kỹ thuật Nghĩa Lộ", "coso@example.vn", Roles.INSTITUTION),
            new DemoUser("tiepnhan", "Bình", "Trần Thị", "tiepnhan@example.vn", Roles.RECEPTION),
            new DemoUser("chuyenvien", "Châu", "Lê Minh", "chuyenvien@example.vn", Roles.SPECIALIST),
            new DemoUser("lanhdao", "Dũng", "Phạm Quốc", "lanhdao@example.vn", Roles.LEADER),
            new DemoUser("kiemtra", "Hà", "Hoàng Thu", "kiemtra@example.vn", Roles.INSPECTOR),
            new DemoUser("chuyenvien2", "Khánh", "Bùi Ngọc", "chuyenvien2@example.vn", Roles.SPECIALIST),
            new DemoUser("giamsat", "Giang", "Vũ Thanh", "giamsat@example.vn", Roles.SUPERVISOR));

    /**
     * The units (processes/units.yaml) each demo officer works in. The Director's leader account oversees
     * every unit; the reception officer sits at the one-stop desk.
     */
    public static final Map<String, List<String>> UNITS = Map.of(
            "tiepnhan", List.of("motcua"),
            "chuyenvien", List.of("gdnn"),
            "chuyenvien2", List.of("gdnn"),
            "lanhdao", List.of("motcua", "gdnn", "kiemtra"),
            "kiemtra", List.of("kiemtra"));

    private final IdentityService identity;
    private final String password;

    DemoUsers(IdentityService identity, @Value("${vetflow.demo.password}") String password) {
        this.identity = identity;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser demo : USERS) {
            if (identity.createUserQuery().userId(demo.username()).count() == 0) {
                User user = identity.newUser(demo.username());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.email());
                user.setPassword(password);
                identity.saveUser(user);
                identity.createMembership(demo.username(), demo.group());
                UNITS.getOrDefault(demo.username(), List.of())
                        .forEach(unit -> identity.createMembership(demo.username(), unit));
            }
        }
        log.info("Demo users ready: {}", USERS.stream().map(DemoUser::username).toList());
    }
}
