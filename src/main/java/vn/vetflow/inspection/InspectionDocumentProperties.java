package vn.vetflow.inspection;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The wording of the inspection decision that depends on law and on the Department's own instruments
 * ({@code vetflow.inspection.documents.*}). UNCONFIRMED: shared/domain/inspections.md confirms only that
 * since 01/07/2025 departments carry out "kiểm tra chuyên ngành" under Decree 217/2025 of 05/08/2025; the
 * full list of grounds (the law, the Department's founding decision, the annual plan) and who proposes
 * the decision are a province's to configure here, and are not presented by vetflow as fact.
 *
 * @param grounds        the "Căn cứ …" lines before the articles, in order, without "Căn cứ" and ";"
 * @param proposer       who proposes the decision: "Xét đề nghị của <proposer>" (unconfirmed default)
 * @param issuerTitle    the authority line above the grounds, e.g. "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO";
 *                       empty: "GIÁM ĐỐC " and the agency's name
 * @param numberSeries   the symbol of the Department's register of decisions: "15/QĐ-SGDĐT"
 */
@ConfigurationProperties(prefix = "vetflow.inspection.documents")
public record InspectionDocumentProperties(
        @DefaultValue("Nghị định số 217/2025/NĐ-CP ngày 05 tháng 8 năm 2025 của Chính phủ") List<String> grounds,
        @DefaultValue("Trưởng phòng phụ trách công tác kiểm tra") String proposer,
        @DefaultValue("") String issuerTitle,
        @DefaultValue("QĐ") String numberSeries) {
}
