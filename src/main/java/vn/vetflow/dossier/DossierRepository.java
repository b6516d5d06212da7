package vn.vetflow.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRepository extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByCode(String code);

    Optional<Dossier> findByApplicantUsernameAndIdempotencyKey(String applicantUsername, String idempotencyKey);

    List<Dossier> findByApplicantUsernameOrderBySubmittedAtDesc(String applicantUsername);
}
