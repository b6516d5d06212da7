package vn.vetflow.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DossierDocumentRepository extends JpaRepository<DossierDocument, Long> {

    /** Listing without the PDF bytes. */
    @Query("select new vn.vetflow.dossier.DocumentSummary(d.id, d.type, d.number, d.title, d.createdAt) "
            + "from DossierDocument d where d.dossierId = ?1 order by d.id")
    List<DocumentSummary> summaries(Long dossierId);
}
