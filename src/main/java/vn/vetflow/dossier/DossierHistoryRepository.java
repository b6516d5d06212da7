package vn.vetflow.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DossierHistoryRepository extends JpaRepository<DossierHistoryEntry, Long> {

    List<DossierHistoryEntry> findByDossierIdOrderByAtAscIdAsc(Long dossierId);

    // Written out so Hibernate keeps its plan (see AttachmentRepository): every status mail asks it.
    @Query("select h from DossierHistoryEntry h where h.dossierId = ?1 order by h.at desc, h.id desc")
    List<DossierHistoryEntry> newestFirst(Long dossierId, Limit limit);

    /** The dossier's last history line. */
    default Optional<DossierHistoryEntry> last(Long dossierId) {
        return newestFirst(dossierId, Limit.of(1)).stream().findFirst();
    }
}
