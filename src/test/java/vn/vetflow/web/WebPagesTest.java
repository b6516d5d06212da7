package vn.vetflow.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.support.VetflowTest;

/** The pages speak Vietnamese first, switch to English, and serve every asset themselves. */
@VetflowTest
class WebPagesTest {

    @Autowired MockMvc mvc;

    @Test
    void homeListsTheProceduresInVietnamese() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"vi\"")))
                .andExpect(content().string(containsString("Thủ tục đang áp dụng")))
                .andExpect(content().string(containsString("Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp")))
                .andExpect(content().string(containsString("10 ngày làm việc")))
                .andExpect(content().string(containsString("1.500.000")));
    }

    @Test
    void englishOnRequestAndRemembered() throws Exception {
        var english = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Procedures in force"))).andReturn();
        Cookie remembered = english.getResponse().getCookie("vetflow-lang");
        mvc.perform(get("/login").cookie(remembered))
                .andExpect(content().string(containsString("Username")));
    }

    @Test
    void assetsAndApiDocumentationAreServedLocally() throws Exception {
        mvc.perform(get("/webjars/bootstrap/5.3.3/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/css/vetflow.css")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/dossiers")));
        mvc.perform(get("/")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("cdn."))));
    }
}
