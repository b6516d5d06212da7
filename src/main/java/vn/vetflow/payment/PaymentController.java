package vn.vetflow.payment;

import static vn.vetflow.payment.Redirects.seeOther;

import java.security.Principal;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vetflow.dossier.DossierNotFoundException;
import vn.vetflow.payment.PaymentCallbackRejected.Reason;
import vn.vetflow.shared.InvalidRequestException;

/**
 * The applicant's "pay" button, and the gateway's two ways back: the browser's return (GET, public, the
 * fields carry their own signature) and the server-to-server IPN (POST, answered in JSON).
 */
@Controller
class PaymentController {

    /** Flash attribute for the dossier page: a message key of the payment bundle. */
    static final String MESSAGE = "paymentMessage";

    private static final Logger log = LoggerFactory.getLogger(PaymentController.class);

    private final PaymentService payments;

    PaymentController(PaymentService payments) {
        this.payments = payments;
    }

    @PostMapping("/my/dossiers/{code}/pay")
    ModelAndView pay(@PathVariable String code, Principal principal, RedirectAttributes flash) {
        try {
            return seeOther(payments.startPayment(code, principal.getName()).toString());
        } catch (DossierNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (InvalidRequestException e) {
            flash.addFlashAttribute(MESSAGE, "payment.error.notAwaitingPayment");
            return seeOther(PaymentService.DOSSIER_PAGE + code);
        } catch (PaymentUnavailableException e) {
            flash.addFlashAttribute(MESSAGE, "payment.error.unavailable");
            return seeOther(PaymentService.DOSSIER_PAGE + code);
        }
    }

    @GetMapping("/payments/callback")
    ModelAndView callback(@RequestParam Map<String, String> fields, RedirectAttributes flash) {
        try {
            PaymentResult result = payments.handleCallback(fields);
            flash.addFlashAttribute(MESSAGE, result.paid() ? "payment.result.paid" : "payment.result.cancelled");
            return seeOther(result.returnUrl());
        } catch (PaymentCallbackRejected e) {
            if (e.dossierCode().isEmpty()) {
                return Redirects.invalid();
            }
            flash.addFlashAttribute(MESSAGE, switch (e.reason()) {
                case REPLAYED -> "payment.result.replayed";
                case EXPIRED -> "payment.result.expired";
                default -> "payment.result.rejected";
            });
            return seeOther(PaymentService.DOSSIER_PAGE + e.dossierCode().get());
        }
    }

    /** VNPay-style IPN: always 200 with a response code the gateway understands ("00" = taken). */
    @PostMapping("/payments/callback/ipn")
    @ResponseBody
    Map<String, String> ipn(@RequestParam Map<String, String> fields) {
        try {
            PaymentResult result = payments.handleCallback(fields);
            return answer("00", result.paid() ? "Confirm Success" : "Confirm Cancelled");
        } catch (PaymentCallbackRejected e) {
            return answer(code(e.reason()), e.reason().name());
        } catch (RuntimeException e) {
            log.error("Payment IPN failed; the gateway will retry", e);
            return answer("99", "Unknown error");
        }
    }

    static String code(Reason reason) {
        return switch (reason) {
            case UNKNOWN_ORDER -> "01";
            case REPLAYED -> "02";
            case EXPIRED -> "03";
            case AMOUNT_MISMATCH -> "04";
            case BAD_SIGNATURE -> "97";
        };
    }

    private static Map<String, String> answer(String code, String message) {
        return Map.of("RspCode", code, "Message", message);
    }
}
