package vn.vetflow.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A request to supplement (form 02): what was asked, by whom, until when, and when it was answered. */
@Entity
@Table(name = "supplement_request")
public class SupplementRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private int round;
    private String step;
    private Instant requestedAt;
    private String requestedBy;
    private String requestText;
    private String requestedItems;
    private LocalDate dueOn;
    private Instant answeredAt;
    private String answerNote;
    private LocalDate oldAppointment;
    private LocalDate newAppointment;

    protected SupplementRequest() {
    }

    SupplementRequest(Long dossierId, int round, String step, Instant requestedAt, String requestedBy,
                      String requestText, List<String> requestedItems, LocalDate dueOn) {
        this.dossierId = dossierId;
        this.round = round;
        this.step = step;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.requestText = requestText;
        this.requestedItems = requestedItems == null ? null : String.join("\n", requestedItems);
        this.dueOn = dueOn;
    }

    void answer(Instant at, String note, LocalDate oldAppointment, LocalDate newAppointment) {
        this.answeredAt = at;
        this.answerNote = note;
        this.oldAppointment = oldAppointment;
        this.newAppointment = newAppointment;
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public int getRound() { return round; }
    public String getStep() { return step; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getRequestedBy() { return requestedBy; }
    public String getRequestText() { return requestText; }
    public List<String> getRequestedItems() {
        return requestedItems == null || requestedItems.isBlank() ? List.of() : Arrays.asList(requestedItems.split("\n"));
    }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getAnswerNote() { return answerNote; }
    public LocalDate getOldAppointment() { return oldAppointment; }
    public LocalDate getNewAppointment() { return newAppointment; }
}
