package vn.vetflow.workspace;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The officers' comments on a case: add one, read them oldest first. */
@Component
class CaseComments {

    private final CaseFileCommentRepository comments;
    private final Clock clock;

    CaseComments(CaseFileCommentRepository comments, Clock clock) {
        this.comments = comments;
        this.clock = clock;
    }

    /** Adds a comment; the text is trimmed and must hold 1 to {@value CaseFileComment#TEXT_MAX} characters. */
    @Transactional
    CaseFileComment add(String dossierCode, String username, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > CaseFileComment.TEXT_MAX) {
            throw new IllegalArgumentException("A comment holds 1 to " + CaseFileComment.TEXT_MAX + " characters");
        }
        return comments.save(new CaseFileComment(dossierCode, clock.instant(), username, trimmed));
    }

    @Transactional(readOnly = true)
    List<CaseFileComment> of(String dossierCode) {
        return comments.findByDossierCodeOrderByAtAscIdAsc(dossierCode);
    }
}
