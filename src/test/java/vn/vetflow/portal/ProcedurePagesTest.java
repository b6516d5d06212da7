package vn.vetflow.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.support.VetflowTest;

/** The public catalogue pages: no login, accent-insensitive search, every fact of a procedure. */
@VetflowTest
class ProcedurePagesTest {

    static final String P1_NAME = "Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp";
    static final String P4_NAME = "Cho phép thành lập phân hiệu của trường trung cấp có vốn đầu tư nước ngoài";

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
    void theCatalogueInForceIsPublic() throws Exception {
        mvc.perform(get("/procedures")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Thủ tục hành chính"), containsString(P1_NAME),
                        containsString(P4_NAME), containsString("href=\"/procedures/P1\""),
                        containsString("1.500.000 đồng"), containsString("Không thu phí, lệ phí"),
                        containsString("<label for=\"q\""))));
    }

    @Test
    void searchIgnoresAccentsAndCase() throws Exception {
        mvc.perform(get("/procedures").param("q", "cap giay")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(P1_NAME), not(containsString(P4_NAME)),
                        containsString("value=\"cap giay\""))));
        mvc.perform(get("/procedures").param("q", "PHAN HIEU von dau tu")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(P4_NAME), not(containsString(P1_NAME)))));
        mvc.perform(get("/procedures").param("q", "Cấp giấy")).andExpect(status().isOk())
                .andExpect(content().string(containsString(P1_NAME)));
    }

    @Test
    void searchByNationalCodeAndFilterByField() throws Exception {
        mvc.perform(get("/procedures").param("q", "1.000154")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(P4_NAME), not(containsString(P1_NAME)))));
        mvc.perform(get("/procedures").param("field", "Giáo dục nghề nghiệp")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(P1_NAME), containsString(P4_NAME))));
        mvc.perform(get("/procedures").param("q", "khong co thu tuc nao nhu the")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy thủ tục phù hợp")));
    }

    @Test
    void procedurePageShowsEveryFactAndNoInventedFee() throws Exception {
        mvc.perform(get("/procedures/P4")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1.000154.000.00.00.H65"), containsString(P4_NAME),
                        containsString("Dịch vụ công trực tuyến một phần"),
                        containsString("Chủ tịch Ủy ban nhân dân tỉnh"),
                        containsString("25 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"),
                        containsString("Trình Chủ tịch UBND tỉnh quyết định"),
                        containsString("Luật Giáo dục nghề nghiệp số 74/2014/QH13"),
                        containsString("Không thu phí, lệ phí"), not(containsString("Phí thẩm định (minh họa)")),
                        containsString("Biên bản họp hội đồng quản trị"), containsString("pdf, jpg, jpeg, png"),
                        containsString("Quyết định cho phép thành lập phân hiệu"),
                        containsString("href=\"/my/apply/P4\""), containsString("Nộp hồ sơ trực tuyến"))));
    }

    @Test
    void aProcedureWithAFeeShowsItsLines() throws Exception {
        // PT1 is the test fixture (src/test/resources/test-catalogue); no shipped procedure has a fee.
        mvc.perform(get("/procedures/PT1")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Phí thẩm định (dữ liệu kiểm thử)"),
                        containsString("1.500.000 đồng"), not(containsString("Không thu phí, lệ phí")))));
    }

    @Test
    void aFreeProcedureSaysSoAndLinksOnlyTheTemplatesItCarries() throws Exception {
        mvc.perform(get("/procedures/P1")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Không thu phí, lệ phí"),
                        containsString("Dịch vụ công trực tuyến toàn trình"), containsString("Tiếp nhận hồ sơ"),
                        containsString("Thẩm định"), containsString("Không bắt buộc"),
                        containsString("href=\"/procedures/P1/templates/DON\""),
                        containsString("href=\"/procedures/P1/templates/BAOCAO\""),
                        containsString("(bản dựng lại, không chính thức)"),
                        // QDTL is a copy of a decision: no blank form to offer
                        not(containsString("/procedures/P1/templates/QDTL")))));
        byte[] docx = mvc.perform(get("/procedures/P1/templates/DON")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", containsString("mau-01-dang-ky.docx")))
                .andReturn().getResponse().getContentAsByteArray();
        // A real .docx (a zip) that names the form and says it is not the official one.
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            String document = null;
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    document = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            org.assertj.core.api.Assertions.assertThat(document)
                    .contains("VĂN BẢN ĐĂNG KÝ HOẠT ĐỘNG GIÁO DỤC NGHỀ NGHIỆP", "BẢN DỰNG LẠI KHÔNG CHÍNH THỨC");
        }
        mvc.perform(get("/procedures/P1/templates/QDTL")).andExpect(status().isNotFound());
        mvc.perform(get("/procedures/P1/templates/NOPE")).andExpect(status().isNotFound());
    }

    @Test
    void aProcedurePageShowsWhatAProvincialPortalShows() throws Exception {
        mvc.perform(get("/procedures/P7")).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Đối tượng thực hiện"), containsString("Trình tự thực hiện"),
                        containsString("Cách thức thực hiện"), containsString("Trực tuyến trên Cổng Dịch vụ công"),
                        containsString("Trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả"),
                        containsString("Qua dịch vụ bưu chính công ích"), containsString("Số lượng hồ sơ"),
                        containsString("1 bộ"), containsString("Yêu cầu, điều kiện thực hiện"),
                        containsString("Có phương án thanh lý tài sản theo quy định"),
                        containsString("Cách thức nhận kết quả"),
                        containsString("Trực tuyến: bản điện tử có giá trị pháp lý như bản giấy"),
                        containsString("26 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"),
                        containsString("Trong đó: Sở thẩm định 20 ngày làm việc; Chủ tịch UBND tỉnh quyết định 5 ngày làm việc"),
                        containsString("Thông tin chưa xác nhận"), containsString("118/2025/NĐ-CP"),
                        containsString("href=\"/procedures/P7/templates/TOTRINH\""))));
        mvc.perform(get("/procedures/P5")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Thông tin chưa xác nhận"),
                        containsString("Thời hạn giải quyết 20 ngày làm việc và cách chia cho từng bước: giá trị tạm"))));
        mvc.perform(get("/procedures/P7").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Facts not confirmed"), containsString("Ways to submit"),
                        containsString("By public post"), containsString("How the result is returned"))));
    }

    @Test
    void unknownProcedureIsNotFound() throws Exception {
        mvc.perform(get("/procedures/P99")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy trang hoặc hồ sơ bạn yêu cầu")));
    }

    @Test
    void englishFromTheBundle() throws Exception {
        mvc.perform(get("/procedures/PT1").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("1,500,000 dong")));
        mvc.perform(get("/procedures/P4").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("File online"), containsString("No fee or charge"),
                        containsString("Permission to establish a branch"), containsString("Legal basis"))));
    }
}
