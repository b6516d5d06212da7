package vn.vetflow.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    // Written out: a derived query is built as a criteria query on every call, which Hibernate translates
    // to SQL again each time; a query string's plan is kept (issue 15).
    @Query("select a from Attachment a where a.dossierId = ?1 order by a.id")
    List<Attachment> findByDossierIdOrderByIdAsc(Long dossierId);

    /** The applicant's digitised component files with their own bytes (the data store's originals). */
    @Query("select new vn.vetflow.dossier.StoreItem('COMPONENT', a.id, "
            + "d.code, d.procedureName, a.componentCode, a.fileName, a.sizeBytes, a.sha256, a.uploadedAt) "
            + "from Attachment a, Dossier d where a.dossierId = d.id and d.applicantUsername = ?1 "
            + "and a.digitised = true and a.reusedFromAttachment is null order by a.uploadedAt desc, a.id desc")
    List<StoreItem> storeComponents(String applicantUsername);
}
