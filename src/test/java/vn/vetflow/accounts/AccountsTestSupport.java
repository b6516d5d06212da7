package vn.vetflow.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Fresh names and numbers per test (the engine delays a name's next login after a failure). */
final class AccountsTestSupport {

    static final String PASSWORD = "lua2026chin";

    private AccountsTestSupport() {
    }

    static String freshUsername(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    /** A valid registration of a person with a fresh username, e-mail and CCCD. */
    static Map<String, String> person(String username) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "PERSON");
        form.put("name", "Nguyễn Thị Hoa");
        form.put("idNumber", digits(12));
        form.put("username", username);
        form.put("email", username + "@example.vn");
        form.put("phone", "0912 345 678");
        form.put("address", "Tổ 3, phường Yên Bái, tỉnh Lào Cai");
        form.put("password", PASSWORD);
        form.put("passwordConfirmation", PASSWORD);
        return form;
    }

    static MockHttpServletRequestBuilder register(Map<String, String> form) {
        MockHttpServletRequestBuilder request = post("/register").with(csrf());
        form.forEach(request::param);
        return request;
    }
}
