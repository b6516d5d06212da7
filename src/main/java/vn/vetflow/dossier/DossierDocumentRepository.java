package vn.vetflow.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DossierDocumentRepository extends JpaRepository<DossierDocument, Long> {

    /** Listing without the PDF bytes. */
    @Query("select new vn.vetflow.dossier.DocumentSummary(d.id, d.type, d.number, d.title, d.createdAt, d.version, "
            + "d.renderedAt, d.signedAt, d.signerName) from DossierDocument d where d.dossierId = ?1 order by d.id")
    List<DocumentSummary> summaries(Long dossierId);

    /**
     * Stores the PDF of a document being prepared; a second preparation of the same document (a retried
     * job that had already succeeded) changes nothing. Returns the rows changed (1 or 0).
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update DossierDocument d set d.content = ?2, d.sha256 = ?3, d.renderedAt = ?4, d.signedAt = ?5, "
            + "d.certificateSubject = ?6 where d.id = ?1 and d.renderedAt is null")
    int complete(Long id, byte[] content, String sha256, Instant renderedAt, Instant signedAt,
                 String certificateSubject);

    Optional<DossierDocument> findFirstByNumberAndVerificationCodeOrderByIdDesc(String number, String code);

    Optional<DossierDocument> findFirstBySha256OrderByIdDesc(String sha256);

    long countByRenderedAtIsNull();
}
