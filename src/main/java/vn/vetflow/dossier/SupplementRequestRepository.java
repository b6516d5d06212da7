package vn.vetflow.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplementRequestRepository extends JpaRepository<SupplementRequest, Long> {

    List<SupplementRequest> findByDossierIdOrderByRoundAsc(Long dossierId);

    Optional<SupplementRequest> findFirstByDossierIdAndAnsweredAtIsNullOrderByRoundDesc(Long dossierId);
}
