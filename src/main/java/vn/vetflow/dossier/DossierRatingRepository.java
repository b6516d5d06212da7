package vn.vetflow.dossier;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRatingRepository extends JpaRepository<DossierRating, Long> {

    Optional<DossierRating> findByDossierCode(String dossierCode);

    boolean existsByDossierCode(String dossierCode);
}
