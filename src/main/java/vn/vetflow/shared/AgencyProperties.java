package vn.vetflow.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agency that runs vetflow, as it appears on issued documents. Since 01/07/2025 Yên Bái is part of
 * Lào Cai province; the defaults name the merged province and a province changes them in configuration.
 */
@ConfigurationProperties(prefix = "vetflow.agency")
public record AgencyProperties(
        @DefaultValue("UBND TỈNH LÀO CAI") String parentName,
        @DefaultValue("SỞ GIÁO DỤC VÀ ĐÀO TẠO") String name,
        @DefaultValue("Lào Cai") String place,
        @DefaultValue("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC") String signerTitle,
        @DefaultValue("") String signerName,
        @DefaultValue("SGDĐT") String documentSuffix) {
}
