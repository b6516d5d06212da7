"""Writes the blank forms (mẫu đơn) the catalogue offers for download as minimal .docx files.

They are UNOFFICIAL reconstructions: no official form text was available when they were made, so each
says so at the top. Replace a file with the province's official form under the same name when you have it.
Run from the repository root: python3 forms/templates/generate.py
"""
import zipfile
from xml.sax.saxutils import escape

UNOFFICIAL = ("BẢN DỰNG LẠI KHÔNG CHÍNH THỨC: chưa đối chiếu với mẫu ban hành kèm theo văn bản quy phạm "
              "pháp luật; dùng mẫu chính thức do cơ quan có thẩm quyền công bố nếu có.")
HEADER = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""]
SIGN = ["", "....., ngày ..... tháng ..... năm .....",
        "NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT", "(Ký, ghi rõ họ tên, đóng dấu)"]

FORMS = {
    "mau-01-dang-ky.docx": ("VĂN BẢN ĐĂNG KÝ HOẠT ĐỘNG GIÁO DỤC NGHỀ NGHIỆP",
        ["Kính gửi: Sở Giáo dục và Đào tạo tỉnh .....", "1. Tên cơ sở: .....", "2. Địa chỉ trụ sở chính: .....",
         "3. Quyết định thành lập / Giấy chứng nhận đăng ký doanh nghiệp số: .....",
         "4. Ngành, nghề, trình độ và quy mô tuyển sinh đăng ký: .....", "5. Địa điểm đào tạo: .....",
         "Cơ sở cam kết thực hiện đúng quy định về giáo dục nghề nghiệp."]),
    "mau-02-bao-cao-dieu-kien.docx": ("BÁO CÁO CÁC ĐIỀU KIỆN BẢO ĐẢM HOẠT ĐỘNG GIÁO DỤC NGHỀ NGHIỆP",
        ["1. Cơ sở vật chất, thiết bị đào tạo (diện tích phòng học, xưởng thực hành; m² trên một chỗ học): .....",
         "2. Đội ngũ nhà giáo cơ hữu theo từng ngành, nghề; tỷ lệ người học trên nhà giáo quy đổi: .....",
         "3. Chương trình, giáo trình đào tạo của từng ngành, nghề: .....", "4. Đánh giá chung: ....."]),
    "mau-03-dang-ky-bo-sung.docx": ("VĂN BẢN ĐĂNG KÝ BỔ SUNG HOẠT ĐỘNG GIÁO DỤC NGHỀ NGHIỆP",
        ["Kính gửi: Sở Giáo dục và Đào tạo tỉnh .....", "1. Tên cơ sở: .....",
         "2. Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp đã được cấp số: ..... ngày .....",
         "3. Nội dung đăng ký bổ sung (ngành, nghề, trình độ, quy mô, địa điểm): .....", "4. Lý do: ....."]),
    "mau-04-de-nghi-thanh-lap-phan-hieu.docx": ("VĂN BẢN ĐỀ NGHỊ THÀNH LẬP, CHO PHÉP THÀNH LẬP PHÂN HIỆU CỦA TRƯỜNG TRUNG CẤP",
        ["Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh .....", "1. Tên trường: .....", "2. Tên phân hiệu: .....",
         "3. Địa điểm đặt phân hiệu: .....", "4. Ngành, nghề, quy mô đào tạo dự kiến: .....", "5. Sự cần thiết: ....."]),
    "mau-05-de-an-phan-hieu.docx": ("ĐỀ ÁN THÀNH LẬP PHÂN HIỆU",
        ["I. Sự cần thiết thành lập", "II. Tên, địa điểm, nhiệm vụ của phân hiệu",
         "III. Ngành, nghề, trình độ và quy mô đào tạo", "IV. Cơ sở vật chất, đất đai, thiết bị",
         "V. Nhà giáo và cán bộ quản lý", "VI. Nguồn vốn và kế hoạch thực hiện"]),
    "mau-06-de-nghi-phan-hieu-fdi.docx": ("VĂN BẢN ĐỀ NGHỊ CHO PHÉP THÀNH LẬP PHÂN HIỆU CỦA TRƯỜNG TRUNG CẤP CÓ VỐN ĐẦU TƯ NƯỚC NGOÀI",
        ["Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh .....", "1. Tên trường: .....", "2. Nhà đầu tư, quốc tịch: .....",
         "3. Giấy chứng nhận đăng ký đầu tư số: .....", "4. Tên, địa điểm phân hiệu: .....",
         "5. Ngành, nghề, quy mô đào tạo dự kiến: ....."]),
    "mau-07-de-nghi-cong-nhan-hdqt.docx": ("VĂN BẢN ĐỀ NGHỊ CÔNG NHẬN HỘI ĐỒNG QUẢN TRỊ TRƯỜNG TRUNG CẤP TƯ THỤC",
        ["Kính gửi: Sở Giáo dục và Đào tạo tỉnh .....", "1. Tên trường: .....",
         "2. Danh sách thành viên hội đồng quản trị (họ tên, chức danh): .....", "3. Nhiệm kỳ: ....."]),
    "mau-08-de-nghi-cong-nhan-hieu-truong.docx": ("VĂN BẢN ĐỀ NGHỊ CÔNG NHẬN HIỆU TRƯỞNG TRƯỜNG TRUNG CẤP TƯ THỤC",
        ["Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh .....", "1. Tên trường: .....",
         "2. Họ tên người được đề nghị công nhận hiệu trưởng: .....", "3. Trình độ chuyên môn, văn bằng: .....",
         "4. Biên bản họp hội đồng quản trị số: ..... ngày ....."]),
    "mau-09-de-nghi-thanh-lap-co-so.docx": ("VĂN BẢN ĐỀ NGHỊ THÀNH LẬP, CHO PHÉP THÀNH LẬP TRƯỜNG TRUNG CẤP, TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP",
        ["Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh .....", "1. Cơ quan, tổ chức, cá nhân đề nghị: .....",
         "2. Tên cơ sở dự kiến: .....", "3. Loại hình (công lập / tư thục): .....", "4. Địa điểm trụ sở chính: .....",
         "5. Ngành, nghề, trình độ và quy mô tuyển sinh dự kiến: ....."]),
    "mau-10-de-an-thanh-lap-co-so.docx": ("ĐỀ ÁN THÀNH LẬP TRƯỜNG TRUNG CẤP, TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP",
        ["I. Sự cần thiết thành lập", "II. Tên, loại hình, địa điểm, nhiệm vụ", "III. Ngành, nghề, quy mô đào tạo",
         "IV. Đất đai, quy hoạch tổng thể mặt bằng, cơ sở vật chất", "V. Cơ cấu tổ chức, nhà giáo, cán bộ quản lý",
         "VI. Vốn, nguồn tài chính và tiến độ thực hiện"]),
    "mau-11-de-nghi-chia-tach-sap-nhap.docx": ("VĂN BẢN ĐỀ NGHỊ CHIA, TÁCH, SÁP NHẬP CƠ SỞ GIÁO DỤC NGHỀ NGHIỆP",
        ["Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh .....", "1. Cơ sở đề nghị: .....", "2. Hình thức (chia / tách / sáp nhập): .....",
         "3. Các cơ sở sau khi chia, tách, sáp nhập: .....", "4. Lý do: ....."]),
    "mau-12-de-an-chia-tach-sap-nhap.docx": ("ĐỀ ÁN CHIA, TÁCH, SÁP NHẬP CƠ SỞ GIÁO DỤC NGHỀ NGHIỆP",
        ["I. Lý do chia, tách, sáp nhập", "II. Phương án bảo đảm quyền lợi của người học",
         "III. Phương án sắp xếp nhà giáo, cán bộ quản lý, người lao động", "IV. Phương án xử lý tài chính, tài sản, đất đai",
         "V. Tổ chức thực hiện"]),
    "mau-13-de-nghi-giai-the.docx": ("VĂN BẢN ĐỀ NGHỊ GIẢI THỂ, CHẤM DỨT HOẠT ĐỘNG CƠ SỞ GIÁO DỤC NGHỀ NGHIỆP",
        ["Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh .....", "1. Tên cơ sở: .....", "2. Lý do giải thể, chấm dứt hoạt động: .....",
         "3. Biện pháp bảo đảm quyền lợi của người học: .....",
         "4. Biện pháp bảo đảm quyền lợi của nhà giáo, cán bộ quản lý, người lao động: .....",
         "5. Nghĩa vụ tài chính và phương án giải quyết: .....", "6. Phương án thanh lý tài sản: ....."]),
}

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')


def paragraph(text, bold=False, center=False):
    props = ('<w:pPr><w:jc w:val="center"/></w:pPr>' if center else '')
    run_props = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (props, run_props, escape(text))


def document(title, lines):
    body = [paragraph(UNOFFICIAL, bold=True)]
    body += [paragraph(h, bold=True, center=True) for h in HEADER]
    body.append(paragraph(title, bold=True, center=True))
    body += [paragraph(line) for line in lines]
    body += [paragraph(s, center=True) for s in SIGN]
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + ''.join(body) + '</w:body></w:document>')


for name, (title, lines) in FORMS.items():
    with zipfile.ZipFile('forms/templates/' + name, 'w', zipfile.ZIP_DEFLATED) as docx:
        # fixed timestamps, so regenerating gives the same bytes
        for part, content in (('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS),
                              ('word/document.xml', document(title, lines))):
            info = zipfile.ZipInfo(part, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            docx.writestr(info, content)
