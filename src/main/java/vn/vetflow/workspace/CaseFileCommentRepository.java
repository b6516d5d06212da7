package vn.vetflow.workspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFileCommentRepository extends JpaRepository<CaseFileComment, Long> {

    List<CaseFileComment> findByDossierCodeOrderByAtAscIdAsc(String dossierCode);
}
