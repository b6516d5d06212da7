package vn.vetflow.diplomas;

import java.time.LocalDate;
import vn.vetflow.institution.OccupationLevel;

/**
 * A diploma or certificate as recorded by its institution. Its kind follows the level, as the Law on VET
 * (2014) names them: an elementary course gives a certificate (chứng chỉ sơ cấp), intermediate and college
 * programmes a graduation diploma (bằng tốt nghiệp trung cấp / cao đẳng).
 */
public record Diploma(long id, String institutionCode, String number, String holderName, String identityNumber,
                      String occupationCode, String occupationName, OccupationLevel level, LocalDate issuedOn,
                      String signer) {

    /** Message key of the document's kind. */
    public String kindKey() {
        return level == OccupationLevel.ELEMENTARY ? "diplomas.kind.certificate" : "diplomas.kind.diploma";
    }
}
