package vn.vetflow.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.vetflow.calendar.Timeliness;

/**
 * One line of the process control slip (form 06): a status change or a hand-over between steps,
 * with who, when, the step's own deadline and whether the step finished early, on time or late.
 */
@Entity
@Table(name = "dossier_history")
public class DossierHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", insertable = false, updatable = false)
    private Long dossierId;

    /** Owns the link, so that a new line is added to the dossier without loading the lines before it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    private Dossier dossier;

    private Instant at;
    private String actor;
    private String step;
    private String action;

    @Convert(converter = DossierStatusConverter.class)
    private DossierStatus status;

    private String note;
    private Instant stepStartedAt;
    private LocalDate stepDueOn;

    @Enumerated(EnumType.STRING)
    private Timeliness timeliness;

    protected DossierHistoryEntry() {
    }

    DossierHistoryEntry(Dossier dossier, Instant at, String actor, String step, String action, DossierStatus status, String note,
                        Instant stepStartedAt, LocalDate stepDueOn, Timeliness timeliness) {
        this.dossier = dossier;
        this.at = at;
        this.actor = actor;
        this.step = step;
        this.action = action;
        this.status = status;
        this.note = note == null || note.length() <= 4000 ? note : note.substring(0, 4000);
        this.stepStartedAt = stepStartedAt;
        this.stepDueOn = stepDueOn;
        this.timeliness = timeliness;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getStep() { return step; }
    public String getAction() { return action; }
    public DossierStatus getStatus() { return status; }
    public String getNote() { return note; }
    public Instant getStepStartedAt() { return stepStartedAt; }
    public LocalDate getStepDueOn() { return stepDueOn; }
    public Timeliness getTimeliness() { return timeliness; }
}
