package vn.vetflow.payment;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** 303 See Other: after a POST, and on to the next page of the payment journey. */
final class Redirects {

    private Redirects() {
    }

    static ModelAndView seeOther(String url) {
        RedirectView view = new RedirectView(url, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExpandUriTemplateVariables(false);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }

    /** The page for a payment request or result that cannot be taken. */
    static ModelAndView invalid() {
        return new ModelAndView("payment/invalid", HttpStatus.BAD_REQUEST);
    }
}
