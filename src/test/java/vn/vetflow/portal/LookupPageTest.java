package vn.vetflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vetflow.portal.PortalTestSupport.from;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.vetflow.support.VetflowTest;

/** The public look-up: the right code and number show the status; anything else the same refusal. */
@VetflowTest
class LookupPageTest {

    static final String ID_NUMBER = "0101234567"; // TestSubmissions.applicant(...)
    static final String NOT_FOUND = "Không tìm thấy hồ sơ nào có mã hồ sơ và số định danh như đã nhập";

    @Autowired MockMvc mvc;
    @Autowired PortalTestSupport support;

    @BeforeEach
    void today() {
        support.workingMorning();
    }

    @AfterEach
    void resetClock() {
        support.resetClock();
    }

    @Test
    void theFormIsPublic() throws Exception {
        mvc.perform(get("/lookup")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tra cứu hồ sơ"),
                        containsString("<label for=\"lookup-code\""), containsString("<label for=\"lookup-idNumber\""),
                        containsString("name=\"_csrf\""))));
    }

    @Test
    void theRightNumberShowsStatusDatesAndTimelineWithoutPersonalData() throws Exception {
        String code = support.submit("P1", "lookupowner");
        support.complete(code, "Task_Reception", "tiepnhan", "reception", Map.of("receptionDecision", "ACCEPT"));
        lookup(code, ID_NUMBER, "10.1.0.1").andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kết quả tra cứu"), containsString(code),
                        containsString("Đang xử lý"), containsString("02/03/2026"), containsString("16/03/2026"),
                        containsString("Nộp hồ sơ trực tuyến"), containsString("Tiếp nhận hồ sơ"),
                        not(containsString("Trường Trung cấp Kỹ thuật Nông Lâm Nghĩa Lộ")),
                        not(containsString("tiepnhan")), not(containsString("lookupowner")),
                        not(containsString(NOT_FOUND)))));
        // typed in lower case and with spaces, the code and the number still match
        lookup(" " + code.toLowerCase() + " ", "01012 34567", "10.1.0.1").andExpect(status().isOk())
                .andExpect(content().string(containsString("Kết quả tra cứu")));
    }

    @Test
    void aWrongNumberAndAnUnknownCodeGetTheSameAnswer() throws Exception {
        String code = support.submit("P1", "lookupowner");
        String wrongNumber = lookup(code, "9999999999", "10.1.0.2").andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(NOT_FOUND), not(containsString("Kết quả tra cứu")),
                        not(containsString("Mới đăng ký")))))
                .andReturn().getResponse().getContentAsString();
        String unknownCode = lookup("000.00.25.H65-260302-9999", ID_NUMBER, "10.1.0.2").andExpect(status().isOk())
                .andExpect(content().string(containsString(NOT_FOUND)))
                .andReturn().getResponse().getContentAsString();
        // Apart from what was typed back into the form, the two answers are the same page.
        assertThat(withoutTyped(wrongNumber, code, "9999999999"))
                .isEqualTo(withoutTyped(unknownCode, "000.00.25.H65-260302-9999", ID_NUMBER));
    }

    @Test
    void emptyFieldsAreNamedInTheErrorSummary() throws Exception {
        mvc.perform(post("/lookup").param("code", "").param("idNumber", "").with(csrf()).with(from("10.1.0.3")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("Vui lòng kiểm tra lại thông tin"),
                        containsString("href=\"#lookup-code\""), containsString("href=\"#lookup-idNumber\""),
                        containsString("Vui lòng nhập thông tin này"))));
    }

    @Test
    void withoutTheCsrfTokenTheLookupIsForbidden() throws Exception {
        mvc.perform(post("/lookup").param("code", "X").param("idNumber", ID_NUMBER).with(from("10.1.0.4")))
                .andExpect(status().isForbidden());
    }

    @Test
    void probingIsSlowedDown() throws Exception {
        for (int i = 0; i < 20; i++) {
            lookup("000.00.25.H65-260302-" + (1000 + i), ID_NUMBER, "10.1.0.5").andExpect(status().isOk());
        }
        lookup("000.00.25.H65-260302-2000", ID_NUMBER, "10.1.0.5").andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(content().string(containsString("Bạn đã tra cứu quá 20 lần trong một phút")));
        // another client is not held back
        lookup("000.00.25.H65-260302-2000", ID_NUMBER, "10.1.0.6").andExpect(status().isOk());
    }

    private ResultActions lookup(String code, String idNumber, String address) throws Exception {
        return mvc.perform(post("/lookup").param("code", code).param("idNumber", idNumber).with(csrf())
                .with(from(address)));
    }

    private static String withoutTyped(String page, String code, String number) {
        return page.replace(code, "CODE").replace(number, "NUMBER")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }
}
