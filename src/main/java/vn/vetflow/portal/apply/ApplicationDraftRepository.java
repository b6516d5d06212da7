package vn.vetflow.portal.apply;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationDraftRepository extends JpaRepository<ApplicationDraft, Long> {

    List<ApplicationDraft> findByUsernameOrderByUpdatedAtDesc(String username);

    Optional<ApplicationDraft> findFirstByUsernameAndProcedureIdOrderByUpdatedAtDesc(String username, String procedureId);
}
