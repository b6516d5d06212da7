package vn.vetflow.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierHistoryRepository extends JpaRepository<DossierHistoryEntry, Long> {

    List<DossierHistoryEntry> findByDossierIdOrderByAtAscIdAsc(Long dossierId);
}
