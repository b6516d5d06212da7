package vn.vetflow.dossier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.OptimisticLock;
import org.springframework.data.domain.AbstractAggregateRoot;
import vn.vetflow.calendar.Timeliness;

/**
 * The application case. It guards its own status transitions: every change goes through
 * {@link #moveTo}, which checks the national status model, writes a line of the process control slip
 * (form 06) and raises a {@link DossierStatusChanged} event.
 */
@Entity
@Table(name = "dossier")
public class Dossier extends AbstractAggregateRoot<Dossier> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId
    private String code;
    private String procedureId;
    private int procedureVersion;
    private String procedureName;
    private String agencyCode;

    private String applicantUsername;
    private String applicantName;
    private String applicantIdNumber;
    private String applicantEmail;
    private String applicantPhone;
    private String applicantAddress;
    private String subject;

    @Convert(converter = ChannelConverter.class)
    private Channel channel;

    @Convert(converter = DossierStatusConverter.class)
    private DossierStatus status;

    private String formData;
    private String idempotencyKey;

    private Instant submittedAt;
    private Instant receivedAt;
    private LocalDate receiptDay;
    private LocalDate appointmentDate;
    private LocalDate originalAppointmentDate;
    private LocalDate pausedOn;
    private int pausedWorkingDays;
    private int supplementRounds;

    private long feeAmount;
    private Instant paidAt;
    @Convert(converter = PaymentChannelConverter.class)
    private PaymentChannel paymentChannel;
    private String paymentReference;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String resultNumber;
    private Instant processingEndedAt;
    private Instant returnedAt;
    private String currentStep;
    private String processInstanceId;

    /* The one-stop desk (issue 17): who registered a counter or post dossier, how the result goes back. */
    private String intakeBy;
    @Convert(converter = ChannelConverter.class)
    private Channel resultChannel;
    private String resultPostalAddress;
    private boolean resultDigitised;
    private Instant handedOverAt;
    private String handedOverBy;
    private String postalTracking;

    /** How many status changes the dossier has had, its filing included (the last one's number). */
    private int statusChanges;

    @Version
    private long version;

    /*
     * The control slip's lines, owned by the lines (mappedBy): adding one queues an insert without reading
     * the earlier lines, and adding one does not by itself bump the dossier's version.
     */
    @OneToMany(mappedBy = "dossier", cascade = {CascadeType.PERSIST, CascadeType.MERGE}, fetch = FetchType.LAZY)
    @OrderBy("at, id")
    @OptimisticLock(excluded = true)
    private List<DossierHistoryEntry> history = new ArrayList<>();

    protected Dossier() {
    }

    Dossier(String code, NewDossier request, String formDataJson, Instant submittedAt) {
        this.code = code;
        this.procedureId = request.procedureId();
        this.procedureVersion = request.procedureVersion();
        this.procedureName = request.procedureName();
        this.agencyCode = request.agencyCode();
        this.applicantUsername = request.applicant().username();
        this.applicantName = request.applicant().name();
        this.applicantIdNumber = request.applicant().idNumber();
        this.applicantEmail = request.applicant().email();
        this.applicantPhone = request.applicant().phone();
        this.applicantAddress = request.applicant().address();
        this.subject = request.subject();
        this.channel = request.channel();
        this.formData = formDataJson;
        this.idempotencyKey = request.idempotencyKey();
        this.feeAmount = request.feeAmount();
        this.submittedAt = submittedAt;
        this.status = DossierStatus.NEW;
        this.currentStep = "reception";
        this.resultChannel = Channel.ONLINE;
        // Filed online by the applicant, or at the desk (SUBMITTED_IN_PERSON, SUBMITTED_PUBLIC_POST).
        log(new Actor(applicantUsername, "submission"),
                channel == Channel.ONLINE ? "SUBMITTED" : "SUBMITTED_" + channel.name(), null, submittedAt);
        registerEvent(new DossierStatusChanged(code, procedureId, null, DossierStatus.NEW, applicantUsername,
                submittedAt, ++statusChanges));
    }

    // --- transitions -------------------------------------------------------------------------

    /** A complete, valid dossier is received: the legal clock starts and the appointment is set. */
    public void receive(Actor actor, Instant at, LocalDate receiptDay, LocalDate appointment, String note) {
        moveTo(DossierStatus.RECEIVED, actor, "RECEIVED", note, at);
        this.receivedAt = at;
        this.receiptDay = receiptDay;
        this.appointmentDate = appointment;
        this.originalAppointmentDate = appointment;
    }

    /** Reception refuses the dossier (form 03). */
    public void refuseAtReception(Actor actor, Instant at, String reasons) {
        moveTo(DossierStatus.NOT_RECEIVED, actor, "NOT_RECEIVED", reasons, at);
        this.processingEndedAt = at;
    }

    /** The applicant is asked to supplement (form 02); after receipt this pauses the clock. */
    public void requestSupplement(Actor actor, Instant at, LocalDate today, String requestText) {
        moveTo(DossierStatus.SUPPLEMENT_REQUESTED, actor, "SUPPLEMENT_REQUESTED", requestText, at);
        this.supplementRounds++;
        if (isReceived()) {
            this.pausedOn = today;
        }
    }

    /**
     * The applicant answered a supplement request. Before receipt the dossier goes back to reception;
     * after receipt processing resumes and the appointment moves by the paused working days.
     */
    public void supplementProvided(Actor actor, Instant at, int pausedDays, LocalDate newAppointment) {
        if (isReceived()) {
            moveTo(DossierStatus.PROCESSING, actor, "SUPPLEMENT_PROVIDED", null, at);
            this.pausedOn = null;
            this.pausedWorkingDays += pausedDays;
            this.appointmentDate = newAppointment;
        } else {
            moveTo(DossierStatus.NEW, actor, "SUPPLEMENT_PROVIDED", null, at);
        }
    }

    /** The procedure carries a fee: the clock pauses until it is paid. */
    public void requirePayment(Actor actor, Instant at, LocalDate today) {
        moveTo(DossierStatus.PAYMENT_REQUIRED, actor, "PAYMENT_REQUIRED", null, at);
        this.pausedOn = today;
    }

    /** Payment confirmed; idempotent so a repeated confirmation changes nothing. */
    public boolean recordPayment(Actor actor, Instant at, PaymentChannel channel, String reference) {
        if (paidAt != null) {
            return false;
        }
        this.paidAt = at;
        this.paymentChannel = channel;
        this.paymentReference = reference;
        log(actor, "PAID", reference, at);
        return true;
    }

    /** Processing starts (or resumes after payment, moving the appointment by the paused days). */
    public void startProcessing(Actor actor, Instant at, int pausedDays, LocalDate newAppointment) {
        moveTo(DossierStatus.PROCESSING, actor, "PROCESSING", null, at);
        if (pausedOn != null) {
            this.pausedOn = null;
            this.pausedWorkingDays += pausedDays;
            this.appointmentDate = newAppointment;
        }
        this.currentStep = "appraisal";
    }

    /** Processing stops (no supplement, no payment); form 05. */
    public void stop(Actor actor, Instant at, String reasons) {
        moveTo(DossierStatus.STOPPED, actor, "STOPPED", reasons, at);
        this.outcome = Outcome.STOPPED;
        this.processingEndedAt = at;
        this.pausedOn = null;
    }

    /** The competent body decided: a numbered result or a written refusal. */
    public void decide(Actor actor, Instant at, Outcome decision, String documentNumber, String note) {
        if (decision == Outcome.STOPPED) {
            throw new IllegalArgumentException("A decision is a result or a refusal");
        }
        moveTo(DossierStatus.PROCESSED, actor, decision == Outcome.RESULT ? "RESULT_ISSUED" : "REFUSED", note, at);
        this.outcome = decision;
        this.resultNumber = documentNumber;
        this.processingEndedAt = at;
        this.currentStep = "result";
        if (resultChannel == Channel.ONLINE) {
            // Returned online, the signed electronic result is the result itself.
            this.resultDigitised = true;
            registerEvent(new DigitisationChanged(code, procedureId, at));
        }
    }

    /**
     * Registered at the desk: received at the counter or by post by {@code officer}, with the result to go
     * back through {@code resultChannel} (to {@code postalAddress} by post).
     */
    public void registerAtDesk(String officer, Channel resultChannel, String postalAddress) {
        if (channel == Channel.ONLINE) {
            throw new IllegalStateException(code + " was filed online");
        }
        this.intakeBy = officer;
        this.resultChannel = resultChannel;
        this.resultPostalAddress = resultChannel == Channel.PUBLIC_POST ? postalAddress : null;
        log(new Actor(officer, "reception"), "REGISTERED_AT_DESK", null, submittedAt);
        registerEvent(new DigitisationChanged(code, procedureId, submittedAt));
    }

    /** Whether the result is returned online by the process, rather than handed over at the desk. */
    public boolean returnsResultOnline() {
        return resultChannel == null || resultChannel == Channel.ONLINE;
    }

    /**
     * The decided result (or refusal) was handed over at the counter or posted: who, when, the postal
     * tracking number for post, and whether a scan of the paper result is now stored.
     */
    public void handOver(Actor officer, Instant at, String tracking, boolean paperResultScanned) {
        if (returnsResultOnline()) {
            throw new IllegalStateException(code + " returns its result online");
        }
        if (handedOverAt != null) {
            throw new IllegalDossierTransitionException(code, status, DossierStatus.RESULT_RETURNED);
        }
        this.handedOverAt = at;
        this.handedOverBy = officer.username();
        this.postalTracking = resultChannel == Channel.PUBLIC_POST ? tracking : null;
        this.resultDigitised = paperResultScanned;
        returnResult(officer, at);
        registerEvent(new DigitisationChanged(code, procedureId, at));
    }

    /** A scan of the paper result stored after the hand-over. */
    public void resultScanned(Instant at) {
        this.resultDigitised = true;
        registerEvent(new DigitisationChanged(code, procedureId, at));
    }

    /** Components were filed, scanned or reused (the attachments' digitisation facts changed). */
    public void componentsChanged(Instant at) {
        registerEvent(new DigitisationChanged(code, procedureId, at));
    }

    /** The result (or refusal) is returned online. */
    public void returnResult(Actor actor, Instant at) {
        moveTo(DossierStatus.RESULT_RETURNED, actor, "RESULT_RETURNED", null, at);
        this.returnedAt = at;
        this.currentStep = null;
    }

    /** The applicant withdraws the dossier (status 7). */
    public void withdraw(Actor actor, Instant at, String reason) {
        moveTo(DossierStatus.WITHDRAWN, actor, "WITHDRAWN", reason, at);
        this.processingEndedAt = at;
        this.pausedOn = null;
        this.currentStep = null;
    }

    /** The leader apologises for a late dossier and sets a new appointment (form 04). */
    public void reschedule(Actor actor, Instant at, LocalDate newAppointment, String reason) {
        log(actor, "RESCHEDULED", reason, at);
        this.appointmentDate = newAppointment;
    }

    /**
     * The working-day calendar changed (a year was announced or confirmed): the appointment moves to the
     * date the calendar now gives, with a line on the control slip addressed to the applicant.
     */
    public void recalculateAppointment(Actor actor, Instant at, LocalDate appointment, String note) {
        log(actor, "APPOINTMENT_RECALCULATED", note, at);
        this.appointmentDate = appointment;
    }

    /** Whether a leader set a new date with an apology (form 04): that date is no longer a computed one. */
    public boolean wasRescheduled() {
        return history.stream().anyMatch(entry -> "RESCHEDULED".equals(entry.getAction()));
    }

    /** A note on the control slip without a status change (warnings, escalations). */
    public void note(Actor actor, Instant at, String action, String note) {
        log(actor, action, note, at);
    }

    /** A step (user task) was completed: one hand-over line of the process control slip. */
    public void stepCompleted(Actor actor, Instant at, String decision, String note, Instant stepStartedAt,
                              LocalDate stepDueOn, Timeliness timeliness) {
        history.add(new DossierHistoryEntry(this, at, actor.username(), actor.step(), decision, status, note,
                stepStartedAt, stepDueOn, timeliness));
    }

    public void enterStep(String step) {
        this.currentStep = step;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    private void moveTo(DossierStatus target, Actor actor, String action, String note, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new IllegalDossierTransitionException(code, status, target);
        }
        DossierStatus previous = status;
        this.status = target;
        log(actor, action, note, at);
        registerEvent(new DossierStatusChanged(code, procedureId, previous, target, actor.username(), at,
                ++statusChanges));
    }

    private void log(Actor actor, String action, String note, Instant at) {
        history.add(new DossierHistoryEntry(this, at, actor.username(), actor.step(), action, status, note,
                null, null, null));
    }

    // --- reads -------------------------------------------------------------------------------

    public boolean isReceived() {
        return receivedAt != null;
    }

    public boolean isPaid() {
        return paidAt != null;
    }

    public boolean isClockPaused() {
        return pausedOn != null;
    }

    public boolean isOwnedBy(String username) {
        return Objects.equals(applicantUsername, username);
    }

    /** The events raised since the last publication, handed over once (the service publishes them). */
    List<Object> takeEvents() {
        List<Object> raised = List.copyOf(domainEvents());
        clearDomainEvents();
        return raised;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getProcedureId() { return procedureId; }
    public int getProcedureVersion() { return procedureVersion; }
    public String getProcedureName() { return procedureName; }
    public String getAgencyCode() { return agencyCode; }
    public String getApplicantUsername() { return applicantUsername; }
    public String getApplicantName() { return applicantName; }
    public String getApplicantIdNumber() { return applicantIdNumber; }
    public String getApplicantEmail() { return applicantEmail; }
    public String getApplicantPhone() { return applicantPhone; }
    public String getApplicantAddress() { return applicantAddress; }
    public String getSubject() { return subject; }
    public Channel getChannel() { return channel; }
    public DossierStatus getStatus() { return status; }
    public String getFormData() { return formData; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getReceivedAt() { return receivedAt; }
    public LocalDate getReceiptDay() { return receiptDay; }
    public LocalDate getAppointmentDate() { return appointmentDate; }
    public LocalDate getOriginalAppointmentDate() { return originalAppointmentDate; }
    public LocalDate getPausedOn() { return pausedOn; }
    public int getPausedWorkingDays() { return pausedWorkingDays; }
    public int getSupplementRounds() { return supplementRounds; }
    public long getFeeAmount() { return feeAmount; }
    public Instant getPaidAt() { return paidAt; }
    public PaymentChannel getPaymentChannel() { return paymentChannel; }
    public String getPaymentReference() { return paymentReference; }
    public Outcome getOutcome() { return outcome; }
    public String getResultNumber() { return resultNumber; }
    public Instant getProcessingEndedAt() { return processingEndedAt; }
    public Instant getReturnedAt() { return returnedAt; }
    public String getCurrentStep() { return currentStep; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getIntakeBy() { return intakeBy; }
    public Channel getResultChannel() { return resultChannel; }
    public String getResultPostalAddress() { return resultPostalAddress; }
    public boolean isResultDigitised() { return resultDigitised; }
    public Instant getHandedOverAt() { return handedOverAt; }
    public String getHandedOverBy() { return handedOverBy; }
    public String getPostalTracking() { return postalTracking; }
}
