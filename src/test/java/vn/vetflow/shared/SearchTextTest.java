package vn.vetflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Vietnamese is found with or without its accents, whatever the Unicode form it was typed in. */
class SearchTextTest {

    @Test
    void marksCaseAndSpacesAreIgnoredAndDdIsD() {
        assertThat(SearchText.normalise("  Cấp   GIẤY chứng nhận  ")).isEqualTo("cap giay chung nhan");
        assertThat(SearchText.normalise("Đăng ký hoạt động")).isEqualTo("dang ky hoat dong");
        assertThat(SearchText.normalise("Giáo dục nghề nghiệp")).isEqualTo("giao duc nghe nghiep");
    }

    @Test
    void decomposedInputMatchesPrecomposedText() {
        String decomposed = Normalizer.normalize("cấp giấy", Normalizer.Form.NFD);
        assertThat(SearchText.matches(decomposed, "Cấp giấy chứng nhận")).isTrue();
    }

    @Test
    void everyWordMustOccurSomewhere() {
        String name = "Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp";
        assertThat(SearchText.matches("cap giay", name)).isTrue();
        assertThat(SearchText.matches("dang ky giay", name)).isTrue();
        assertThat(SearchText.matches("phan hieu", name)).isFalse();
        assertThat(SearchText.matches("1.000123", name, "1.000123.000.00.00.H65")).isTrue();
        assertThat(SearchText.matches("gdnn", name, null, "GDNN")).isTrue();
        assertThat(SearchText.matches("   ", name)).isTrue();
    }
}
