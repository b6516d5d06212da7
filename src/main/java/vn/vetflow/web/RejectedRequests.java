package vn.vetflow.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's firewall refuses suspicious addresses (";" matrix parameters, encoded slashes, "..").
 * By default the refusal escapes as a 500 with a stack trace in the log for every such request; here it is
 * a 400 in the caller's language and one debug line. Spring Security picks this bean up by its type.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.debug("Refused request address: {}", rejected.getMessage());
        request.setAttribute(ErrorAnswers.MESSAGE_KEY, "web.error.rejectedPath");
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
