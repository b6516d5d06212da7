package vn.vetflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.WebUtils;

/**
 * Refuses malformed input at the edge, before security, controllers or the database see it, with a 400 or
 * 413 that names the field or the limit: a multipart body without a boundary or that cannot be parsed, more
 * parts or bytes than allowed, and control characters (NUL…) in any parameter, part name or file name.
 * PostgreSQL cannot store NUL in text and no field of ours needs control characters other than tab and
 * line breaks, so checking once here replaces a check in every form. The engine's REST API and Camunda's
 * webapps parse their own bodies (Jersey) and are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class InputGuard extends OncePerRequestFilter {

    private final long maxPartCount;
    private final String maxFileSize;
    private final String maxRequestSize;

    InputGuard(ServerProperties server, MultipartProperties multipart) {
        this.maxPartCount = server.getTomcat().getMaxPartCount();
        this.maxFileSize = megabytes(multipart.getMaxFileSize().toBytes());
        this.maxRequestSize = megabytes(multipart.getMaxRequestSize().toBytes());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (hasMatrixParameter(path)) {
            // ";" in a path is never ours; Jersey (engine REST) answers it with a 500 and a stack trace.
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "web.error.rejectedPath", null);
            return;
        }
        if (path.startsWith("/engine-rest") || path.startsWith("/camunda/")) {
            chain.doFilter(request, response);
            return;
        }
        String refusal = null;
        Object[] args = null;
        int status = HttpServletResponse.SC_BAD_REQUEST;
        if (isMultipart(request)) {
            try {
                for (Part part : parts(request)) {
                    String bad = firstControlled(part.getName(), part.getSubmittedFileName());
                    if (bad != null) {
                        refusal = "web.error.control.fileName";
                        args = new Object[] {printable(part.getName())};
                        break;
                    }
                }
            } catch (IllegalStateException | IOException | ServletException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ControlCharacterInName) {
                    refusal = "web.error.control.uploadName";
                } else if (cause instanceof FileCountLimitExceededException) {
                    status = HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
                    refusal = "web.error.multipart.parts";
                    args = new Object[] {maxPartCount};
                } else if (cause instanceof SizeException) {
                    status = HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
                    refusal = "web.error.multipart.size";
                    args = new Object[] {maxFileSize, maxRequestSize};
                } else if (!request.getContentType().toLowerCase().contains("boundary=")) {
                    refusal = "web.error.multipart.boundary";
                } else {
                    refusal = "web.error.multipart.malformed";
                }
            }
        }
        if (refusal == null) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (firstControlled(parameter.getKey()) != null || firstControlled(parameter.getValue()) != null) {
                    refusal = "web.error.control.field";
                    args = new Object[] {printable(parameter.getKey())};
                    break;
                }
            }
        }
        if (refusal != null) {
            refuse(request, response, status, refusal, args);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Tomcat refuses a file name with NUL by throwing an unchecked exception from the parser. */
    private static Iterable<Part> parts(HttpServletRequest request) throws IOException, ServletException {
        try {
            return request.getParts();
        } catch (InvalidFileNameException e) {
            throw new IOException(new ControlCharacterInName(e));
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key,
                               Object[] args) throws IOException {
        request.setAttribute(ErrorAnswers.MESSAGE_KEY, key);
        request.setAttribute(ErrorAnswers.MESSAGE_ARGS, args);
        if (isMultipart(request)) {
            // Tells the DispatcherServlet not to parse the body again for the error page (it would fail again).
            request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, new MultipartException("refused: " + key));
        }
        response.sendError(status);
    }

    private static boolean hasMatrixParameter(String rawPath) {
        return rawPath.indexOf(';') >= 0 || rawPath.toLowerCase().contains("%3b");
    }

    /** Marks a file name refused by Tomcat's parser for its control characters. */
    private static final class ControlCharacterInName extends RuntimeException {
        ControlCharacterInName(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    /** The first value holding a control character other than tab, CR and LF; null if none does. */
    static String firstControlled(String... values) {
        if (values == null) {
            return null;
        }
        for (String value : values) {
            if (value != null && hasControl(value)) {
                return value;
            }
        }
        return null;
    }

    static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** A field name fit to be shown back: control characters out, at most 60 characters. */
    private static String printable(String name) {
        String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", "");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
