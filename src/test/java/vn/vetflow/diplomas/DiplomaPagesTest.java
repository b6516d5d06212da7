package vn.vetflow.diplomas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vetflow.identity.Roles;
import vn.vetflow.institution.InstitutionSummary;
import vn.vetflow.institution.InstitutionType;
import vn.vetflow.institution.Institutions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.VetflowTest;

/**
 * Institutions record diplomas one by one or from a spreadsheet (all rows or none, errors by row); anyone
 * checks one by number and holder's name, without identity data; only an institution's staff record.
 */
@VetflowTest
class DiplomaPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Institutions institutions;
    @Autowired DiplomaRegister register;
    @Autowired DiplomaSheets sheets;
    @Autowired TestUsers users;

    private static final RequestPostProcessor STAFF_A = user("dpstaffa").roles(Roles.INSTITUTION);
    private static final RequestPostProcessor STAFF_B = user("dpstaffb").roles(Roles.INSTITUTION);

    @BeforeEach
    void register() {
        for (String code : List.of("CD-DP-A", "CD-DP-B")) {
            if (institutions.byCode(code).isEmpty()) {
                institutions.create(new InstitutionSummary(code, "Trường Cao đẳng " + code, InstitutionType.COLLEGE,
                        "Địa chỉ", "Phường", null, null, null, null, null));
            }
        }
        users.ensure("dpstaffa", "pw", Roles.INSTITUTION);
        users.ensure("dpstaffb", "pw", Roles.INSTITUTION);
        institutions.link("dpstaffa", "CD-DP-A", "Cán bộ");
        institutions.link("dpstaffb", "CD-DP-B", "Cán bộ");
    }

    @Test
    void aRecordedDiplomaIsFoundByNumberAndNameWithoutIdentityData() throws Exception {
        mvc.perform(post("/my/institution/diplomas").with(csrf()).with(STAFF_A).param("number", "cdn-2025/0900")
                        .param("holderName", "Phạm  Thị Lan").param("identityNumber", "015300000900")
                        .param("occupationCode", "6520227").param("occupationName", "Điện công nghiệp")
                        .param("level", "COLLEGE").param("issuedOn", "15/07/2025").param("signer", "Nguyễn Văn Thắng"))
                .andExpect(redirectedUrl("/my/institution/diplomas"));
        mvc.perform(post("/diplomas").with(csrf()).param("number", "CDN-2025/0900").param("holderName", "pham thi lan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phạm Thị Lan")))
                .andExpect(content().string(containsString("Bằng tốt nghiệp")))
                .andExpect(content().string(containsString("Trường Cao đẳng CD-DP-A")))
                .andExpect(content().string(containsString("15/07/2025")))
                .andExpect(content().string(not(containsString("015300000900"))));
        // The right number with another name, or the name with another number, finds nothing.
        mvc.perform(post("/diplomas").with(csrf()).param("number", "CDN-2025/0900").param("holderName", "Phạm Thị Lam"))
                .andExpect(content().string(containsString("id=\"not-found\"")))
                .andExpect(content().string(not(containsString("Điện công nghiệp"))));
        // The same number twice in one institution is refused with what was typed kept.
        mvc.perform(post("/my/institution/diplomas").with(csrf()).with(STAFF_A).param("number", "CDN-2025/0900")
                        .param("holderName", "Người Khác").param("identityNumber", "015300000901")
                        .param("occupationCode", "6520227").param("occupationName", "Điện công nghiệp")
                        .param("level", "COLLEGE").param("issuedOn", "15/07/2025").param("signer", "Nguyễn Văn Thắng"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("đã ghi nhận một văn bằng có số hiệu này")))
                .andExpect(content().string(containsString("value=\"Người Khác\"")));
        // Another institution may use the same number: both answer, each with its institution.
        register.record("CD-DP-B", new vn.vetflow.diplomas.DiplomaInput("CDN-2025/0900", "Phạm Thị Lan",
                "015300000999", "5520227", "Điện công nghiệp", "Trung cấp", "01/06/2025", "Lê Văn Tâm"), "dpstaffb");
        assertThat(register.lookUp("cdn-2025/0900", "PHAM THI LAN")).hasSize(2);
    }

    @Test
    void aSheetWithAWrongRowImportsNothingAndSaysWhatIsWrongOnWhichRow() throws Exception {
        byte[] sheet = sheet(
                new Object[] {"SC-DP-1", "Giàng A Lử", 15200000001L, "4620116", "Chăn nuôi", "Sơ cấp", "20/11/2025", "Lò Văn Piềng"},
                new Object[] {"SC-DP-2", "", "015200000002", "4620116", "Chăn nuôi", "Sơ cấp", "31/02/2025", "Lò Văn Piềng"},
                new Object[] {"SC-DP-1", "Sùng A Páo", "015200000003", "4620116", "Chăn nuôi", "Tiến sĩ", "20/11/2025", "Lò Văn Piềng"});
        mvc.perform(multipart("/my/institution/diplomas/import").file(new MockMultipartFile("file", "vb.xlsx",
                        "application/octet-stream", sheet)).with(csrf()).with(STAFF_B))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("2 dòng có lỗi")))
                .andExpect(content().string(containsString("Vui lòng nhập họ và tên người học.")))
                .andExpect(content().string(containsString("Ngày cấp theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("xuất hiện hơn một lần trong bảng tính")))
                .andExpect(content().string(containsString("Sơ cấp, Trung cấp hoặc Cao đẳng")));
        assertThat(register.lookUp("SC-DP-1", "Giàng A Lử")).isEmpty();

        byte[] good = sheet(
                new Object[] {"SC-DP-1", "Giàng A Lử", 15200000001L, "4620116", "Chăn nuôi", "Sơ cấp", "20/11/2025", "Lò Văn Piềng"},
                new Object[] {"SC-DP-3", "Sùng A Páo", "015200000003", 4620116, "Chăn nuôi", "SO CAP", "20/11/2025", "Lò Văn Piềng"});
        mvc.perform(multipart("/my/institution/diplomas/import").file(new MockMultipartFile("file", "vb.xlsx",
                        "application/octet-stream", good)).with(csrf()).with(STAFF_B))
                .andExpect(redirectedUrl("/my/institution/diplomas"));
        // The identity number typed as a number lost its leading 0 in the sheet; it is given back.
        Diploma first = register.lookUp("SC-DP-1", "Giàng A Lử").get(0);
        assertThat(first.identityNumber()).isEqualTo("015200000001");
        assertThat(first.kindKey()).isEqualTo("diplomas.kind.certificate");
        mvc.perform(get("/my/institution/diplomas").with(STAFF_B)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sùng A Páo")))
                .andExpect(content().string(not(containsString("Nguyễn Văn Thắng"))));
        // Something that is not a spreadsheet is refused plainly.
        mvc.perform(multipart("/my/institution/diplomas/import").file(new MockMultipartFile("file", "vb.xlsx",
                        "application/octet-stream", "not a sheet".getBytes())).with(csrf()).with(STAFF_B))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Không đọc được tệp")));
    }

    @Test
    void theTemplateHasTheHeadersTheImportReads() throws Exception {
        byte[] template = mvc.perform(get("/my/institution/diplomas/template.xlsx").with(STAFF_A))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("mau-van-bang.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            for (int i = 0; i < DiplomaSheets.HEADERS.size(); i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(DiplomaSheets.HEADERS.get(i));
            }
        }
        assertThat(sheets.read(new ByteArrayInputStream(template))).isEmpty();
    }

    @Test
    void onlyAnInstitutionsStaffRecordAndTheLookUpIsOpenButRateLimited() throws Exception {
        mvc.perform(get("/my/institution/diplomas").with(user("dpapplicant").roles(Roles.APPLICANT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/my/institution/diplomas").with(user("dpinspector").roles(Roles.INSPECTOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/my/institution/diplomas").with(user("dpnobody").roles(Roles.INSTITUTION)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/my/institution/diplomas")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/diplomas")).andExpect(status().isOk());
        mvc.perform(post("/diplomas").with(csrf()).param("number", "").param("holderName", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Vui lòng nhập số hiệu.")));
        int status = 200;
        for (int i = 0; i < 40 && status != 429; i++) {
            status = mvc.perform(post("/diplomas").with(csrf()).with(r -> {
                r.setRemoteAddr("10.9.9.9");
                return r;
            }).param("number", "X-" + i).param("holderName", "Ai Đó")).andReturn().getResponse().getStatus();
        }
        assertThat(status).isEqualTo(429);
    }

    private static byte[] sheet(Object[]... rows) throws Exception {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            for (int i = 0; i < DiplomaSheets.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(DiplomaSheets.HEADERS.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
