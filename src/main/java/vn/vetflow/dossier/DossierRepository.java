package vn.vetflow.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DossierRepository extends JpaRepository<Dossier, Long> {

    // Written out so Hibernate keeps its plan (see AttachmentRepository): every submission asks it.
    @Query("select d from Dossier d where d.applicantUsername = ?1 and d.idempotencyKey = ?2")
    Optional<Dossier> findByApplicantUsernameAndIdempotencyKey(String applicantUsername, String idempotencyKey);

    List<Dossier> findByApplicantUsernameOrderBySubmittedAtDesc(String applicantUsername);

    org.springframework.data.domain.Page<Dossier> findByApplicantUsernameOrderBySubmittedAtDesc(
            String applicantUsername, org.springframework.data.domain.Pageable page);

    @Query("select d.code, d.status from Dossier d")
    List<Object[]> codesAndStatuses();

    /** Received dossiers still being handled whose appointment is on or after {@code from}. */
    @Query("select d from Dossier d where d.receivedAt is not null and d.processingEndedAt is null"
            + " and d.appointmentDate >= :from order by d.id")
    List<Dossier> findRunningWithAppointmentFrom(@Param("from") java.time.LocalDate from);

    @Query("select d.code from Dossier d where lower(d.code) like :pattern or lower(d.applicantName) like :pattern"
            + " or lower(d.procedureName) like :pattern or lower(d.procedureId) like :pattern order by d.code")
    List<String> searchCodes(@Param("pattern") String pattern, Pageable page);

    /** Decided dossiers whose result the desk still has to hand over (issue 17), oldest decision first. */
    List<Dossier> findByStatusAndHandedOverAtIsNullAndResultChannelInOrderByProcessingEndedAtAsc(
            DossierStatus status, java.util.Collection<Channel> resultChannels);

    /** The latest dossiers registered at the desk. */
    List<Dossier> findTop20ByIntakeByIsNotNullOrderBySubmittedAtDesc();
}
