package vn.vetflow.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.vetflow.support.VetflowTest;

/** The public map of the VET network: open to everyone, filtered, with data only about the institutions. */
@VetflowTest
class NetworkPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Institutions institutions;
    @Autowired NetworkMap network;
    @Autowired NetworkPages pages;

    @BeforeEach
    void register() {
        if (institutions.byCode("CD-MAP-A").isPresent()) {
            return;
        }
        institutions.create(new InstitutionSummary("CD-MAP-A", "Trường Cao đẳng Bản Đồ A", InstitutionType.COLLEGE,
                "Số 5 đường Hòa Bình, phường Yên Bái", "Phường Bản Đồ", "0216 3800 001", "a@example.vn",
                LocalDate.of(2008, 1, 1), "Hà Văn Bình", null));
        institutions.replaceOccupations("CD-MAP-A", List.of(
                new Occupation("6520227", "Điện công nghiệp", OccupationLevel.COLLEGE, 120, 100),
                new Occupation("5480202", "Tin học ứng dụng", OccupationLevel.INTERMEDIATE, 40, 30)));
        network.place("CD-MAP-A", new NetworkMap.Place(new BigDecimal("21.715000"), new BigDecimal("104.905000"),
                "https://a.example.vn", false));
        institutions.create(new InstitutionSummary("TT-MAP-B", "Trung tâm GDNN Bản Đồ B", InstitutionType.CENTRE,
                "Thôn 2, xã Bản Đồ", "Xã Bản Đồ", null, null, null, null, null));
        institutions.replaceOccupations("TT-MAP-B", List.of(
                new Occupation("4620101", "Trồng quế", OccupationLevel.ELEMENTARY, 80, 84)));
    }

    @Test
    void anyoneSeesEveryInstitutionWithItsOccupationsScaleAndContact() throws Exception {
        mvc.perform(get("/network")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường Cao đẳng Bản Đồ A")))
                .andExpect(content().string(containsString("Trung tâm GDNN Bản Đồ B")))
                .andExpect(content().string(containsString("Điện công nghiệp (Cao đẳng): 120 người học/năm")))
                .andExpect(content().string(containsString("Tổng quy mô: 160 người học/năm")))
                .andExpect(content().string(containsString("https://a.example.vn")))
                .andExpect(content().string(containsString("Chưa có vị trí trên bản đồ")))
                // Nothing of the register's inside: no risk score, no staff.
                .andExpect(content().string(not(containsString("Điểm rủi ro"))));
        mvc.perform(get("/network").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Occupations and intake")));
    }

    @Test
    void filtersNarrowThePageAndTheMapDataAlike() throws Exception {
        mvc.perform(get("/network").param("type", "CENTRE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trung tâm GDNN Bản Đồ B")))
                .andExpect(content().string(not(containsString("Trường Cao đẳng Bản Đồ A"))));
        // Accent-free occupation words, and a level.
        mvc.perform(get("/network").param("occupation", "dien cong nghiep").param("district", "Phường Bản Đồ"))
                .andExpect(content().string(containsString("Trường Cao đẳng Bản Đồ A")))
                .andExpect(content().string(not(containsString("Trung tâm GDNN Bản Đồ B"))));
        mvc.perform(get("/network").param("level", "ELEMENTARY").param("district", "Phường Bản Đồ"))
                .andExpect(content().string(containsString("0 cơ sở")));
        // Only placed institutions reach the map, with nothing but what a marker needs.
        mvc.perform(get("/network/institutions.json").param("district", "Phường Bản Đồ"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].code").value("CD-MAP-A"))
                .andExpect(jsonPath("$[0].latitude").value(21.715))
                .andExpect(jsonPath("$[0].phone").doesNotExist());
        mvc.perform(get("/network/institutions.json").param("district", "Xã Bản Đồ"))
                .andExpect(jsonPath("$.length()").value(0));
        // An unknown type (a hand-edited address) shows everything rather than failing.
        mvc.perform(get("/network").param("type", "<script>")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường Cao đẳng Bản Đồ A")));
    }

    @Test
    void withoutATileSourceTheMapStandsOnAPlainBackgroundAndLoadsNothingFromOutside() throws Exception {
        mvc.perform(get("/network")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-tiles\"")))
                .andExpect(content().string(not(containsString("data-tile-url=\"http"))))
                .andExpect(header().string("Content-Security-Policy", containsString("img-src 'self' data:;")));
    }

    @Test
    void aConfiguredTileSourceIsTheOnlyOutsideOriginThePageMayLoadImagesFrom() {
        MapProperties tiles = new MapProperties("https://tiles.example.gov.vn/{z}/{x}/{y}.png", "© Sở", 22, 104, 8);
        assertThat(tiles.tileOrigin()).isEqualTo("https://tiles.example.gov.vn");
        assertThat(new NetworkPages(network, tiles).policy())
                .contains("img-src 'self' data: https://tiles.example.gov.vn;")
                .contains("script-src 'self';");
        assertThat(new MapProperties("", "", 22, 104, 8).tileOrigin()).isNull();
    }
}
