package vn.vetflow.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vetflow.support.TestSubmissions;

class FileTypesTest {

    @Test
    void typeComesFromTheContentNotTheName() {
        assertThat(FileTypes.matches(TestSubmissions.PDF, "don-de-nghi.pdf", List.of("pdf"))).isTrue();
        assertThat(FileTypes.matches(TestSubmissions.PNG, "anh.pdf", List.of("pdf"))).isFalse();
        assertThat(FileTypes.matches(new byte[] {'M', 'Z', 0, 0}, "virus.pdf", List.of("pdf"))).isFalse();
        assertThat(FileTypes.matches(TestSubmissions.JPEG, "scan.JPEG", List.of("jpg"))).isTrue();
        assertThat(FileTypes.matches(TestSubmissions.PDF, "bao-cao.pdf", List.of("docx"))).isFalse();
    }

    @Test
    void officeFilesByContainer() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0};
        assertThat(FileTypes.matches(zip, "danh-sach.xlsx", List.of("xlsx"))).isTrue();
        assertThat(FileTypes.matches(zip, "danh-sach.xls", List.of("xls"))).isFalse();
    }

    @Test
    void namesWithoutExtensionOrContentAreRejected() {
        assertThat(FileTypes.matches(TestSubmissions.PDF, "khongcoduoi", List.of("pdf"))).isFalse();
        assertThat(FileTypes.matches(new byte[0], "a.pdf", List.of("pdf"))).isFalse();
        assertThat(FileTypes.extension(null)).isEmpty();
    }
}
