package vn.vetflow.publicservice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Department's submission (Tờ trình) to the provincial Chairman: the symbol of its register
 * ("15/TTr-SGDĐT", TTr being Decree 30/2020's abbreviation for a Tờ trình) and how the Department and its
 * head are named in running text, where the header's capitals do not fit ("Giám đốc Sở Giáo dục và Đào
 * tạo" in the Chairman's decision, which cites the submission).
 *
 * @param symbol        the register's symbol in numbers
 * @param department    the Department's name in running text
 * @param proposerTitle the title of the Department's head, who proposes
 */
@ConfigurationProperties(prefix = "vetflow.submission")
public record SubmissionProperties(@DefaultValue("TTr") String symbol,
                                   @DefaultValue("Sở Giáo dục và Đào tạo") String department,
                                   @DefaultValue("Giám đốc") String proposerTitle) {
}
