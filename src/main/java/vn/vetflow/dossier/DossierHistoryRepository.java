package vn.vetflow.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierHistoryRepository extends JpaRepository<DossierHistoryEntry, Long> {

    List<DossierHistoryEntry> findByDossierIdOrderByAtAscIdAsc(Long dossierId);

    Optional<DossierHistoryEntry> findFirstByDossierIdOrderByAtDescIdDesc(Long dossierId);
}
