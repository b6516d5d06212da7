package vn.vetflow.accounts;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicant profiles of the demo applicants, after {@code identity.DemoUsers} (order 1) has created the
 * users. The institution joins the applicant group too, like a registered institution.
 */
@Component
@Profile("demo")
@Order(3)
class DemoApplicantAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoApplicantAccounts.class);

    private record DemoProfile(String username, AccountType type, String name, String idNumber, String phone,
                               String address) {
    }

    private static final List<DemoProfile> PROFILES = List.of(
            // The demo's dossiers are filed by institutions and enterprises, so these are organisations.
            new DemoProfile("congdan", AccountType.ORGANISATION, "Trường Trung cấp Kinh tế - Kỹ thuật Yên Bái",
                    "5200123456", "0912345601", "Số 12 đường Điện Biên, phường Yên Bái, tỉnh Lào Cai"),
            new DemoProfile("congdan2", AccountType.ORGANISATION, "Công ty Cổ phần May xuất khẩu Hoàng Liên",
                    "5300345678", "0368123403", "Khu công nghiệp Bắc Duyên Hải, phường Cam Đường, tỉnh Lào Cai"),
            new DemoProfile("coso", AccountType.INSTITUTION, "Trường Trung cấp Kỹ thuật Nông Lâm Nghĩa Lộ",
                    "5200456789", "02163870123", "Phường Nghĩa Lộ, tỉnh Lào Cai"));

    private final ApplicantAccountRepository accounts;
    private final IdentityService identity;
    private final Clock clock;

    DemoApplicantAccounts(ApplicantAccountRepository accounts, IdentityService identity, Clock clock) {
        this.accounts = accounts;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (DemoProfile demo : PROFILES) {
            String username = demo.username();
            if (identity.createUserQuery().userId(username).count() == 0 || accounts.existsById(username)) {
                continue;
            }
            accounts.save(new ApplicantAccount(username, demo.type(), demo.name(), demo.idNumber(), demo.phone(),
                    demo.address(), clock.instant()));
            for (String group : demo.type().groups()) {
                if (identity.createUserQuery().userId(username).memberOfGroup(group).count() == 0) {
                    identity.createMembership(username, group);
                }
            }
        }
        log.info("Demo applicant profiles ready: {}", PROFILES.stream().map(DemoProfile::username).toList());
    }
}
