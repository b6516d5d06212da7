package vn.vetflow.portal.apply;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface DraftReuseRepository extends JpaRepository<DraftReuse, Long> {

    List<DraftReuse> findByDraftIdOrderByComponentCodeAsc(Long draftId);

    @Modifying(flushAutomatically = true)
    @Transactional
    @Query("delete from DraftReuse r where r.draftId = ?1 and r.componentCode = ?2")
    void deleteByDraftAndComponent(Long draftId, String componentCode);

    @Modifying
    @Transactional
    @Query("delete from DraftReuse r where r.draftId = ?1")
    void deleteByDraft(Long draftId);
}
