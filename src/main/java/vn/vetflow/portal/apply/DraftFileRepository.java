package vn.vetflow.portal.apply;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface DraftFileRepository extends JpaRepository<DraftFile, Long> {

    @Query("select new vn.vetflow.portal.apply.DraftFileSummary(f.id, f.componentCode, f.fileName, f.sizeBytes) "
            + "from DraftFile f where f.draftId = ?1 order by f.id")
    List<DraftFileSummary> summaries(Long draftId);

    List<DraftFile> findByDraftIdOrderByIdAsc(Long draftId);

    @Modifying
    @Transactional
    @Query("delete from DraftFile f where f.draftId = ?1")
    void deleteByDraft(Long draftId);
}
