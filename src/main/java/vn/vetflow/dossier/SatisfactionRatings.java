package vn.vetflow.dossier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vetflow.shared.InvalidRequestException;
import vn.vetflow.shared.Violation;

/**
 * Applicants rate their satisfaction once their result is returned, once per dossier. Read by the KPI
 * work through {@link #of(String)}.
 */
@Service
@Transactional
public class SatisfactionRatings {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    public static final int COMMENT_MAX_LENGTH = 1000;

    private final DossierRatingRepository ratings;
    private final DossierService dossiers;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    SatisfactionRatings(DossierRatingRepository ratings, DossierService dossiers, Clock clock,
                        org.springframework.context.ApplicationEventPublisher events) {
        this.ratings = ratings;
        this.dossiers = dossiers;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records the owner's rating of a returned dossier.
     *
     * @throws vn.vetflow.dossier.DossierNotFoundException when the dossier is not the user's
     * @throws InvalidRequestException when the score is out of range, the comment too long, the result not
     *                                 returned yet, or the dossier already rated
     */
    public Rating rate(String dossierCode, String username, int score, String comment) {
        Dossier dossier = dossiers.find(dossierCode).filter(d -> d.isOwnedBy(username))
                .orElseThrow(() -> new DossierNotFoundException(dossierCode));
        List<Violation> violations = new ArrayList<>();
        if (dossier.getStatus() != DossierStatus.RESULT_RETURNED) {
            violations.add(Violation.of("status", "portal.rating.error.notReturned"));
        } else if (ratings.existsByDossierCode(dossierCode)) {
            violations.add(Violation.of("status", "portal.rating.error.already"));
        }
        if (score < LOWEST || score > HIGHEST) {
            violations.add(Violation.of("score", "portal.rating.error.score"));
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_MAX_LENGTH) {
            violations.add(Violation.of("comment", "portal.error.maxLength", COMMENT_MAX_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        try {
            Rating rating = ratings.saveAndFlush(new DossierRating(dossierCode, dossier.getProcedureId(), score, text,
                    clock.instant())).toRating();
            events.publishEvent(new DossierRated(dossierCode, score));
            return rating;
        } catch (DataIntegrityViolationException sameTimeTwice) {
            // Two submissions raced past the check; the unique code let one in.
            throw new InvalidRequestException(Violation.of("status", "portal.rating.error.already"));
        }
    }

    /** The rating of a dossier, if its applicant gave one. */
    @Transactional(readOnly = true)
    public Optional<Rating> of(String dossierCode) {
        return ratings.findByDossierCode(dossierCode).map(DossierRating::toRating);
    }
}
