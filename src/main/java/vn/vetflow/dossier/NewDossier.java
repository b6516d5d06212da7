package vn.vetflow.dossier;

import java.util.List;
import java.util.Map;

/**
 * Everything needed to create a dossier in one transaction: the procedure version it is filed under
 * (running dossiers keep it), the applicant, the validated form data and the files.
 */
public record NewDossier(String procedureId, int procedureVersion, String procedureName, String agencyCode,
                         Applicant applicant, String subject, Channel channel, long feeAmount,
                         Map<String, Object> formData, List<UploadedFile> files, String idempotencyKey) {
}
