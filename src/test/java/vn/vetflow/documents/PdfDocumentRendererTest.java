package vn.vetflow.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PdfDocumentRendererTest {

    private static final PdfDocumentRenderer renderer = new PdfDocumentRenderer();

    /** The public-service documents (Map.of takes at most ten pairs, so inspections come apart). */
    private static final Map<DocumentType, List<String>> EXPECTED_PUBLIC_SERVICE = Map.of(
            DocumentType.RECEIPT, List.of(
                    "Mẫu số 01",
                    "Số: 15/GTN-SGDĐT",
                    "Tiếp nhận hồ sơ của: " + DocumentModels.APPLICANT,
                    // Long component names wrap inside their cell: check the one-line ones.
                    "STT Tên giấy tờ Tệp đính kèm",
                    "van-ban-de-nghi.pdf",
                    "3 Danh sách nhà giáo cơ hữu",
                    "Hình thức nộp: Trực tuyến",
                    "Thời gian nhận hồ sơ: 10:30, 15/01/2026",
                    "Ngày hẹn trả kết quả: 29/01/2026",
                    "Người tiếp nhận hồ sơ: Lê Thị Thu Hương"),
            DocumentType.SUPPLEMENT_REQUEST, List.of(
                    "Mẫu số 02",
                    "Yêu cầu bổ sung lần thứ: 1",
                    "1. Bản sao giấy tờ chứng minh quyền sử dụng cơ sở vật chất",
                    "2. Danh mục thiết bị đào tạo nghề Kỹ thuật chế biến món ăn",
                    "Đề nghị nộp bản quét có chữ ký, đóng dấu. Các tệp định dạng PDF.",
                    "Thời hạn bổ sung: chậm nhất đến hết ngày 22/01/2026."),
            DocumentType.REFUSAL, List.of(
                    "Mẫu số 03",
                    "1. Thủ tục không thuộc thẩm quyền giải quyết của Sở Giáo dục và Đào tạo",
                    "2. Đề nghị liên hệ Ủy ban nhân dân xã nơi đặt trụ sở"),
            DocumentType.REFUSAL_REPLY, List.of(
                    "VĂN BẢN TRẢ LỜI VỀ VIỆC KHÔNG CHẤP THUẬN ĐỀ NGHỊ",
                    "Số: 21/TL-SGDĐT",
                    "Kính gửi: " + DocumentModels.APPLICANT,
                    "trả lời không chấp thuận đề nghị với các lý do sau:",
                    "1. Biên bản họp hội đồng quản trị không hợp lệ",
                    "có quyền khiếu nại hoặc khởi kiện"),
            DocumentType.SUBMISSION, List.of(
                    "TỜ TRÌNH",
                    "Số: 7/TTr-SGDĐT",
                    "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Lào Cai",
                    "Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;",
                    "1. Kết quả thẩm định",
                    "Hồ sơ đầy đủ, đúng quy định.",
                    "2. Đề xuất",
                    "- Như trên;",
                    "kính trình Chủ tịch Ủy ban nhân dân tỉnh Lào Cai xem xét, quyết định./."),
            DocumentType.APOLOGY, List.of(
                    "Mẫu số 04",
                    "Kính gửi: " + DocumentModels.APPLICANT,
                    "ngày hẹn trả kết quả: 29/01/2026",
                    "Lý do: cần kiểm tra thực tế điều kiện cơ sở vật chất, thiết bị đào tạo",
                    "kết quả sẽ được trả vào ngày 05/02/2026"),
            DocumentType.STOP_NOTICE, List.of(
                    "Mẫu số 05",
                    "Kính gửi: " + DocumentModels.APPLICANT,
                    "nội dung yêu cầu giải quyết: Cấp giấy chứng nhận",
                    "thông báo dừng giải quyết hồ sơ",
                    "1. Tổ chức đề nghị rút hồ sơ ngày 20/01/2026"),
            DocumentType.RESULT, List.of(
                    "Số: 120/GCNĐKHĐ-SGDĐT",
                    "Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;",
                    "Căn cứ Nghị định số 15/2019/NĐ-CP ngày 01 tháng 02 năm 2019 của Chính phủ;",
                    "Ngành, nghề đào tạo: Trồng trọt và bảo vệ thực vật; trình độ trung cấp; quy mô 70 người học/năm."));

    private static final Map<DocumentType, List<String>> EXPECTED_INSPECTION = Map.of(
            DocumentType.INSPECTION_DECISION, List.of(
                    "Số: 25/QĐ-SGDĐT",
                    "Về việc kiểm tra chuyên ngành đối với " + DocumentModels.APPLICANT,
                    "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                    "Căn cứ Nghị định số 217/2025/NĐ-CP ngày 05 tháng 8 năm 2025 của Chính phủ;",
                    "QUYẾT ĐỊNH:",
                    "Điều 2. Thành lập Đoàn kiểm tra gồm các ông (bà) có tên sau:",
                    "1. Nguyễn Thị Hoa - Trưởng đoàn;",
                    "2. Lê Văn Minh - Thành viên;",
                    "Nơi nhận:"),
            DocumentType.INSPECTION_MINUTES, List.of(
                    "Số: KT-2026-0001/BB",
                    "Thời gian: 02/03/2026 09:00.",
                    "1. Trần Văn Hùng - Hiệu trưởng",
                    "ĐẠI DIỆN CƠ SỞ ĐƯỢC KIỂM TRA",
                    "(Ký, ghi rõ họ tên, đóng dấu)"),
            DocumentType.INSPECTION_WITNESS_RECORD, List.of(
                    "Số: KT-2026-0001/BBCK",
                    "Về việc cơ sở được kiểm tra không ký biên bản kiểm tra",
                    "Họ và tên: Lò Thị Mai; chức vụ: Phó Chủ tịch UBND phường Nghĩa Lộ.",
                    "Đại diện cơ sở được kiểm tra từ chối ký biên bản kiểm tra.",
                    "NGƯỜI CHỨNG KIẾN"));

    /** Strings each document must show exactly, given {@link DocumentModels#full}. */
    private static final Map<DocumentType, List<String>> EXPECTED = new java.util.EnumMap<>(DocumentType.class);

    static {
        EXPECTED.putAll(EXPECTED_PUBLIC_SERVICE);
        EXPECTED.putAll(EXPECTED_INSPECTION);
    }

    /** Every issued document; the control slip (printed on demand, unsigned) has its own test below. */
    @ParameterizedTest
    @EnumSource(value = DocumentType.class, mode = EnumSource.Mode.EXCLUDE, names = "CONTROL_SLIP")
    void rendersEveryDocumentWithAFullModel(DocumentType type) throws IOException {
        Map<String, Object> model = DocumentModels.full(type);

        byte[] pdf = renderer.render(type, model);

        String text = PdfText.of(pdf);
        assertThat(text).contains(
                type.title(model),
                "UBND TỈNH LÀO CAI",
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Lào Cai, ngày 15 tháng 01 năm 2026",
                DocumentModels.APPLICANT,
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC",
                "(Đã ký điện tử)",
                "Nguyễn Đức Thắng");
        assertThat(text).contains(EXPECTED.get(type));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(type.title(model));
            assertThat(info.getSubject()).isEqualTo(type.title(model) + " - Mã hồ sơ: 000.00.01.H26-260115-0012");
            assertThat(info.getAuthor()).isEqualTo("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi");
            PDRectangle a4 = document.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            assertThat(a4.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
        }
    }

    @Test
    void theControlSlipListsEachStepWithItsOfficerDatesAndTimeliness() {
        String text = PdfText.of(renderer.render(DocumentType.CONTROL_SLIP, DocumentModels.full(DocumentType.CONTROL_SLIP)));

        assertThat(text).contains("Mẫu số 06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                "Mã hồ sơ: 000.00.01.H26-260115-0012", DocumentModels.APPLICANT, "Người thực hiện",
                "Lê Thị Thu", "Tiếp nhận hồ sơ", "15/01/2026", "Đúng hạn", "Trần Văn Bình", "Quá hạn",
                "20/01/2026", "22/01/2026");
        assertThat(text).doesNotContain("Đã ký điện tử", "null");
    }

    @Test
    void theReceiptCarriesTheFacesOfTheDossier() {
        String text = PdfText.of(renderer.render(DocumentType.RECEIPT, DocumentModels.full(DocumentType.RECEIPT)));

        assertThat(text).contains(
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Mã hồ sơ: 000.00.01.H26-260115-0012",
                "Trường Trung cấp Kỹ thuật Nông Lâm Nghĩa Lộ",
                "Số định danh: 5200123456",
                "Địa chỉ: Tổ 5, phường Nghĩa Lộ, tỉnh Lào Cai",
                "Số điện thoại: 0216 3870 123; Thư điện tử: tcktnl.nghialo@example.edu.vn",
                "Nội dung yêu cầu giải quyết: Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp",
                "Ngày hẹn trả kết quả: 29/01/2026",
                "Tra cứu tình trạng hồ sơ tại:");
        // The receipt is handed over, not addressed: no recipients block.
        assertThat(text).doesNotContain("Nơi nhận");
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void rendersEveryDocumentWithAnEmptyModel(DocumentType type) throws IOException {
        byte[] pdf = renderer.render(type, Map.of());

        String text = PdfText.of(pdf);
        assertThat(text).contains(type.defaultTitle(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: ....");
        // Nobody signed: the document must not claim an electronic signature.
        assertThat(text).doesNotContain("Đã ký điện tử", "null");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(type.defaultTitle());
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void rendersEveryDocumentWithAMinimalModel(DocumentType type) {
        Map<String, Object> model = new HashMap<>();
        model.put("applicantName", "Nguyễn Thị Ánh Tuyết");
        model.put("dossierCode", "000.00.01.H26-260115-0013");
        model.put("applicantPhone", "   ");
        model.put("reasons", List.of());
        model.put("components", null);

        String text = PdfText.of(renderer.render(type, model));

        assertThat(text).contains(type.defaultTitle(), "Nguyễn Thị Ánh Tuyết");
        assertThat(text).doesNotContain("Số điện thoại", "null", "Tra cứu");
    }

    @Test
    void aLongDossierRunsOnANumberedSecondPage() throws IOException {
        Map<String, Object> model = DocumentModels.full(DocumentType.RECEIPT);
        List<Map<String, String>> components = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            components.add(Map.of("name", "Hồ sơ nhà giáo cơ hữu số " + i, "fileName", "nha-giao-" + i + ".pdf"));
        }
        model.put("components", components);

        byte[] pdf = renderer.render(DocumentType.RECEIPT, model);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String secondPage = stripper.getText(document).strip();
            // Decree 30: pages are numbered from the second one, at the top.
            assertThat(secondPage).startsWith("2").contains("Hồ sơ nhà giáo cơ hữu số 40", "Nguyễn Đức Thắng");
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(document).strip()).startsWith("Mẫu số 01");
        }
    }

    @Test
    void aNullModelIsAnEmptyModel() {
        assertThat(PdfText.of(renderer.render(DocumentType.REFUSAL, null)))
                .contains("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ");
    }

    @Test
    void valuesAreTextNeverMarkup() {
        Map<String, Object> model = DocumentModels.full(DocumentType.REFUSAL);
        model.put("applicantName", "<script>alert('x')</script> Công ty A & B");
        model.put("reasons", List.of("</p><p style=\"color:red\">Chèn thẻ</p>", "Tom & Jerry <b>đậm</b>"));

        String xhtml = renderer.renderXhtml(DocumentType.REFUSAL, model);
        String text = PdfText.of(renderer.render(DocumentType.REFUSAL, model));

        assertThat(xhtml).doesNotContain("<script>", "<b>").contains("&lt;script&gt;");
        assertThat(text).contains(
                "<script>alert('x')</script> Công ty A & B",
                "1. </p><p style=\"color:red\">Chèn thẻ</p>",
                "2. Tom & Jerry <b>đậm</b>");
    }

    @Test
    void combiningMarksAreComposedAndForbiddenCharactersDropped() {
        String composed = "Trường Trung cấp Nghề Văn Bàn";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        Map<String, Object> model = new HashMap<>();
        model.put("applicantName", decomposed);
        model.put("reasons", List.of("Thiếu\u0000 chữ ký\u000B số"));

        String text = PdfText.of(renderer.render(DocumentType.STOP_NOTICE, model));

        assertThat(text).contains("Kính gửi: " + composed, "1. Thiếu chữ ký số");
    }

    @Test
    void theFontsAreTheEmbeddedLiberationSerifFaces() throws IOException {
        byte[] pdf = renderer.render(DocumentType.RECEIPT, DocumentModels.full(DocumentType.RECEIPT));

        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
        }
        // Subset fonts are named "ABCDEF+LiberationSerif-Bold" and the like.
        assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSerif.*"),
                "a Liberation Serif subset");
        assertThat(fonts).anyMatch(name -> name.endsWith("+LiberationSerif"))
                .anyMatch(name -> name.endsWith("+LiberationSerif-Bold"))
                .anyMatch(name -> name.endsWith("+LiberationSerif-Italic"));
    }

    @Test
    void rendersInParallel() throws Exception {
        DocumentType[] types = DocumentType.values();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                DocumentType type = types[i % types.length];
                String number = (100 + i) + "/VF-SGDĐT";
                texts.add(pool.submit(() -> {
                    Map<String, Object> model = DocumentModels.full(type);
                    model.put("documentNumber", number);
                    return PdfText.of(renderer.render(type, model));
                }));
            }
            for (int i = 0; i < texts.size(); i++) {
                DocumentType type = types[i % types.length];
                assertThat(texts.get(i).get(60, TimeUnit.SECONDS))
                        .contains(type.title(DocumentModels.full(type)),
                                "Số: " + (100 + i) + "/VF-SGDĐT");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parsesTheFontFilesOncePerProcess() {
        PdfDocumentRenderer another = new PdfDocumentRenderer();
        renderer.render(DocumentType.APOLOGY, DocumentModels.full(DocumentType.APOLOGY));
        another.render(DocumentType.RESULT, DocumentModels.full(DocumentType.RESULT));
        another.render(DocumentType.RECEIPT, Map.of());

        assertThat(SerifFonts.filesParsed()).isEqualTo(SerifFonts.Face.values().length);
    }
}
