package vn.vetflow.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResultScanRepository extends JpaRepository<ResultScan, Long> {

    List<ResultScan> findByDossierIdOrderByIdAsc(Long dossierId);
}
