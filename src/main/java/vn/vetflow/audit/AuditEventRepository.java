package vn.vetflow.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByDossierCodeOrderByAtDescIdDesc(String dossierCode);
}
