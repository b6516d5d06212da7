package vn.vetflow.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sample models for the document tests: a realistic full one per type. */
final class DocumentModels {

    static final String APPLICANT = "Trường Trung cấp Kỹ thuật Nông Lâm Nghĩa Lộ";

    private DocumentModels() {
    }

    static Map<String, Object> full(DocumentType type) {
        Map<String, Object> model = common();
        switch (type) {
            case RECEIPT -> {
                model.put("documentNumber", "15/GTN-SGDĐT");
                model.put("receivedAt", "10:30, 15/01/2026");
                model.put("appointmentDate", "29/01/2026");
                model.put("channel", "Trực tuyến");
                model.put("officerName", "Lê Thị Thu Hương");
                model.put("components", List.of(
                        Map.of("name", "Văn bản đề nghị cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp",
                                "fileName", "van-ban-de-nghi.pdf"),
                        Map.of("name", "Báo cáo đăng ký hoạt động giáo dục nghề nghiệp",
                                "fileName", "bao-cao-dang-ky.pdf"),
                        Map.of("name", "Danh sách nhà giáo cơ hữu")));
            }
            case SUPPLEMENT_REQUEST -> {
                model.put("documentNumber", "16/PYCBS-SGDĐT");
                model.put("round", "1");
                model.put("requestedItems", List.of(
                        "Bản sao giấy tờ chứng minh quyền sử dụng cơ sở vật chất",
                        "Danh mục thiết bị đào tạo nghề Kỹ thuật chế biến món ăn"));
                model.put("requestText", "Đề nghị nộp bản quét có chữ ký, đóng dấu.\nCác tệp định dạng PDF.");
                model.put("supplementDeadline", "22/01/2026");
            }
            case REFUSAL -> {
                model.put("documentNumber", "17/PTC-SGDĐT");
                model.put("reasons", List.of(
                        "Thủ tục không thuộc thẩm quyền giải quyết của Sở Giáo dục và Đào tạo",
                        "Đề nghị liên hệ Ủy ban nhân dân xã nơi đặt trụ sở"));
            }
            case REFUSAL_REPLY -> {
                model.put("documentNumber", "21/TL-SGDĐT");
                model.put("reasons", List.of("Biên bản họp hội đồng quản trị không hợp lệ"));
            }
            case APOLOGY -> {
                model.put("documentNumber", "18/XL-SGDĐT");
                model.put("oldAppointmentDate", "29/01/2026");
                model.put("newAppointmentDate", "05/02/2026");
                model.put("apologyReason", "cần kiểm tra thực tế điều kiện cơ sở vật chất, thiết bị đào tạo");
            }
            case STOP_NOTICE -> {
                model.put("documentNumber", "19/TB-SGDĐT");
                model.put("reasons", List.of("Tổ chức đề nghị rút hồ sơ ngày 20/01/2026"));
            }
            case RESULT -> {
                model.put("documentNumber", "120/GCNĐKHĐ-SGDĐT");
                model.put("resultTitle", "GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG GIÁO DỤC NGHỀ NGHIỆP");
                model.put("decisionBasis", List.of(
                        "Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014",
                        "Nghị định số 15/2019/NĐ-CP ngày 01 tháng 02 năm 2019 của Chính phủ"));
                model.put("resultBody", List.of(
                        "Chứng nhận Trường Trung cấp Kỹ thuật Nông Lâm Nghĩa Lộ được đăng ký hoạt động giáo dục nghề nghiệp.",
                        "Ngành, nghề đào tạo: Trồng trọt và bảo vệ thực vật; trình độ trung cấp; quy mô 70 người học/năm."));
            }
            case SUBMISSION -> {
                model.put("documentNumber", "7/TTr-SGDĐT");
                model.put("submissionSubject", "đề nghị ban hành quyết định cho phép thành lập phân hiệu cho "
                        + APPLICANT);
                model.put("addressee", "Chủ tịch Ủy ban nhân dân tỉnh Lào Cai");
                model.put("proposer", "Sở Giáo dục và Đào tạo");
                model.put("receivedOn", "15/01/2026");
                model.put("decisionBasis", List.of("Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014"));
                model.put("appraisalSummary", List.of("Hồ sơ đầy đủ, đúng quy định."));
                model.put("proposal", List.of("Đề nghị Chủ tịch Ủy ban nhân dân tỉnh Lào Cai xem xét, quyết định."));
                model.put("recipients", List.of("Như trên;", "Lưu: VT, hồ sơ."));
            }
            case CONTROL_SLIP -> {
                model.put("receivedAt", "10:30, 15/01/2026");
                model.put("appointmentDate", "29/01/2026");
                model.put("slipRows", List.of(
                        Map.of("step", "Tiếp nhận", "actor", "Lê Thị Thu Hương", "action", "Tiếp nhận hồ sơ",
                                "at", "10:30, 15/01/2026", "dueOn", "15/01/2026", "timeliness", "Đúng hạn"),
                        Map.of("step", "Thẩm định", "actor", "Trần Văn Bình", "action", "Đề xuất phê duyệt",
                                "note", "Đủ điều kiện", "at", "09:00, 22/01/2026", "dueOn", "20/01/2026",
                                "timeliness", "Quá hạn")));
                model.put("printedAt", "10:00, 23/01/2026");
            }
            case INSPECTION_DECISION -> {
                model.put("documentNumber", "25/QĐ-SGDĐT");
                model.put("decisionSubject", "kiểm tra chuyên ngành đối với " + APPLICANT);
                model.put("issuerAuthority", "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO");
                model.put("decisionBasis", List.of("Nghị định số 217/2025/NĐ-CP ngày 05 tháng 8 năm 2025 của Chính phủ"));
                model.put("proposalBasis", "Xét đề nghị của Trưởng phòng phụ trách công tác kiểm tra");
                model.put("article1", "Kiểm tra chuyên ngành đối với " + APPLICANT + ".");
                model.put("scopeLines", List.of("Nội dung, phạm vi kiểm tra: điều kiện bảo đảm hoạt động giáo dục nghề"
                        + " nghiệp.", "Thời kỳ kiểm tra: từ 16/03/2026 đến 27/03/2026; thời hạn kiểm tra: 10 ngày làm việc."));
                model.put("teamMembers", List.of(Map.of("name", "Nguyễn Thị Hoa", "role", "Trưởng đoàn"),
                        Map.of("name", "Lê Văn Minh", "role", "Thành viên")));
                model.put("article3", "Đoàn kiểm tra, " + APPLICANT + " và các tổ chức, cá nhân có liên quan chịu"
                        + " trách nhiệm thi hành Quyết định này./.");
                model.put("recipients", List.of("Như Điều 3;", "Lưu: VT, hồ sơ kiểm tra."));
            }
            case INSPECTION_MINUTES -> {
                model.put("documentNumber", "KT-2026-0001/BB");
                model.put("openingLine", "Thực hiện Quyết định số 25/QĐ-SGDĐT, Đoàn kiểm tra đã kiểm tra trực tiếp tại cơ sở.");
                model.put("minutesTime", "02/03/2026 09:00");
                model.put("minutesPlace", "Trụ sở " + APPLICANT);
                model.put("teamMembers", List.of(Map.of("name", "Nguyễn Thị Hoa", "role", "Trưởng đoàn")));
                model.put("representatives", List.of("Trần Văn Hùng - Hiệu trưởng"));
                model.put("representativeName", "Trần Văn Hùng");
                model.put("findingLines", List.of("1. Tỷ lệ người học trên nhà giáo: vượt mức quy định (vi phạm)"));
                model.put("closingLines", List.of("Biên bản được lập trên hệ thống thông tin của Sở."));
            }
            case INSPECTION_WITNESS_RECORD -> {
                model.put("documentNumber", "KT-2026-0001/BBCK");
                model.put("recordSubject", "Về việc cơ sở được kiểm tra không ký biên bản kiểm tra");
                model.put("recordTime", "04/03/2026 16:30");
                model.put("openingLine", "Thực hiện Quyết định số 25/QĐ-SGDĐT, Đoàn kiểm tra lập biên bản này về"
                        + " Biên bản kiểm tra số KT-2026-0001/BB lập ngày 02/03/2026.");
                model.put("teamMembers", List.of(Map.of("name", "Nguyễn Thị Hoa", "role", "Trưởng đoàn")));
                model.put("witnessName", "Lò Thị Mai");
                model.put("witnessPosition", "Phó Chủ tịch UBND phường Nghĩa Lộ");
                model.put("reasonLine", "Đại diện cơ sở được kiểm tra từ chối ký biên bản kiểm tra.");
                model.put("eventLines", List.of("Đại diện cơ sở từ chối ký lúc 16 giờ 30."));
                model.put("closingLines", List.of("Biên bản được lập trên hệ thống thông tin của Sở."));
            }
            default -> throw new IllegalArgumentException(type.name());
        }
        return model;
    }

    private static Map<String, Object> common() {
        Map<String, Object> model = new HashMap<>();
        model.put("agencyParent", "UBND TỈNH LÀO CAI");
        model.put("agencyName", "SỞ GIÁO DỤC VÀ ĐÀO TẠO");
        model.put("place", "Lào Cai");
        model.put("issuedDay", "15");
        model.put("issuedMonth", "01");
        model.put("issuedYear", "2026");
        model.put("dossierCode", "000.00.01.H26-260115-0012");
        model.put("procedureName", "Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp");
        model.put("applicantName", APPLICANT);
        model.put("applicantIdNumber", "5200123456");
        model.put("applicantAddress", "Tổ 5, phường Nghĩa Lộ, tỉnh Lào Cai");
        model.put("applicantEmail", "tcktnl.nghialo@example.edu.vn");
        model.put("applicantPhone", "0216 3870 123");
        model.put("signerTitle", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
        model.put("signerName", "Nguyễn Đức Thắng");
        model.put("signed", true);
        model.put("lookupUrl", "https://dichvucong.laocai.gov.vn/tra-cuu?ma=000.00.01.H26-260115-0012");
        return model;
    }
}
