package vn.vetflow.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored {@link Rating}; the unique dossier code keeps it to one per dossier. */
@Entity
@Table(name = "dossier_rating")
class DossierRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String dossierCode;
    private String procedureId;
    private int score;
    private String comment;
    private Instant ratedAt;

    protected DossierRating() {
    }

    DossierRating(String dossierCode, String procedureId, int score, String comment, Instant ratedAt) {
        this.dossierCode = dossierCode;
        this.procedureId = procedureId;
        this.score = score;
        this.comment = comment;
        this.ratedAt = ratedAt;
    }

    Rating toRating() {
        return new Rating(dossierCode, procedureId, score, comment, ratedAt);
    }
}
