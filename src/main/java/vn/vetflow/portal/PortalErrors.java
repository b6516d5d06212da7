package vn.vetflow.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.vetflow.catalogue.ProcedureNotFoundException;
import vn.vetflow.dossier.DocumentBeingPreparedException;
import vn.vetflow.dossier.DossierNotFoundException;
import vn.vetflow.dossier.IllegalDossierTransitionException;

/**
 * The portal's error pages. Someone else's dossier answers exactly like a dossier that does not exist
 * (404), so codes cannot be probed through the applicant pages.
 */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
class PortalErrors {

    @ExceptionHandler({DossierNotFoundException.class, ProcedureNotFoundException.class, PageNotFoundException.class})
    ModelAndView notFound() {
        return problem(HttpStatus.NOT_FOUND, "portal.error.notFound");
    }

    /** Two things happened to the dossier at once (a second tab, an officer); the first one won. */
    @ExceptionHandler(IllegalDossierTransitionException.class)
    ModelAndView conflict() {
        return problem(HttpStatus.CONFLICT, "portal.error.conflict");
    }

    /** The document's PDF is still being rendered and signed; the page says so and reloads itself. */
    @ExceptionHandler(DocumentBeingPreparedException.class)
    ModelAndView preparing(DocumentBeingPreparedException e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        ModelAndView page = new ModelAndView("verification/preparing");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("backUrl", "/my/dossiers/" + e.dossierCode());
        return page;
    }

    private static ModelAndView problem(HttpStatus status, String messageKey) {
        ModelAndView page = new ModelAndView("portal/problem");
        page.setStatus(status);
        page.addObject("messageKey", messageKey);
        return page;
    }
}
