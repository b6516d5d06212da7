package vn.vetflow.publicservice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The provincial People's Committee, which issues the decisions of the procedures its Chairman decides
 * (catalogue field {@code competentBody: PROVINCIAL_CHAIRMAN}): its name in the header, the symbol of its
 * register ("15/QĐ-UBND") and who signs for the Chairman. The signer's name has no default: a province
 * configures it; without one the decision is issued under the Committee's seal.
 *
 * @param name        header of its documents, e.g. "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
 * @param suffix      the Committee's symbol in numbers, "UBND"
 * @param place       place printed before the date
 * @param signerTitle e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" (a line break starts a new line)
 * @param signerName  the Chairman or Vice-Chairman who signs the decisions
 */
@ConfigurationProperties(prefix = "vetflow.committee")
public record CommitteeProperties(@DefaultValue("ỦY BAN NHÂN DÂN TỈNH LÀO CAI") String name,
                                  @DefaultValue("UBND") String suffix,
                                  @DefaultValue("Lào Cai") String place,
                                  @DefaultValue("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH") String signerTitle,
                                  String signerName) {
}
