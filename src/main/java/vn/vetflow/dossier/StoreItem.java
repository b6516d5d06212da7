package vn.vetflow.dossier;

import java.time.Instant;

/**
 * One digitised item of an applicant's data store ("Kho dữ liệu của tôi"): a component file of an earlier
 * dossier (electronic, or scanned at the desk) or a result (the signed electronic result or the scan of a
 * paper one).
 *
 * @param kind          COMPONENT, RESULT or RESULT_SCAN
 * @param id            the attachment, document or scan id, within its kind
 * @param componentCode the component it was filed for (COMPONENT only)
 */
public record StoreItem(String kind, long id, String dossierCode, String procedureName, String componentCode,
                        String fileName, long sizeBytes, String sha256, Instant at) {

    public static final String COMPONENT = "COMPONENT";
    public static final String RESULT = "RESULT";
    public static final String RESULT_SCAN = "RESULT_SCAN";

    /** Only component files are taken into a new dossier (by reference to their stored bytes). */
    public boolean reusable() {
        return COMPONENT.equals(kind);
    }
}
