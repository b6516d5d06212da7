package vn.vetflow.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every request to the engine's REST API and the webapps' APIs that carries an expression
 * ({@code ${…}} or {@code #{…}}) anywhere in its path, query parameters or body, before the engine sees it.
 * Camunda 7.24 CE evaluates expressions inside {@code orQueries} of task queries even with query
 * expressions switched off, so switching them off is not enough; nothing vetflow's staff legitimately
 * send to these APIs contains an expression. Values are URL-decoded repeatedly and JSON bodies parsed
 * (so {@code \u0024{} escapes are seen as {@code ${}); a JSON body that cannot be parsed is refused too,
 * since it cannot be checked. Multipart bodies are not read: deployments are refused by the security rules.
 */
class EngineExpressionGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineExpressionGuard.class);
    /** The engine's APIs take small JSON documents; a bigger body is refused rather than buffered. */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    private static final int MAX_DECODING_ROUNDS = 5;

    private final ObjectMapper json;
    private final MessageSource messages;

    EngineExpressionGuard(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (containsExpression(request.getRequestURI()) || containsExpression(request.getQueryString())) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "identity.engine.expressionRefused");
            return;
        }
        if (isForm(request)) {
            if (request.getParameterMap().entrySet().stream().anyMatch(p -> containsExpression(p.getKey())
                    || java.util.Arrays.stream(p.getValue()).anyMatch(EngineExpressionGuard::containsExpression))) {
                refuse(request, response, HttpStatus.BAD_REQUEST, "identity.engine.expressionRefused");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (isMultipart(request) || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "identity.engine.bodyTooLarge");
            return;
        }
        Verdict verdict = inspect(body, isJson(request));
        if (verdict != Verdict.CLEAN) {
            refuse(request, response, HttpStatus.BAD_REQUEST, verdict == Verdict.EXPRESSION
                    ? "identity.engine.expressionRefused" : "identity.engine.unreadableJson");
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private enum Verdict { CLEAN, EXPRESSION, UNREADABLE }

    private Verdict inspect(byte[] body, boolean declaredJson) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (containsExpression(text)) {
            return Verdict.EXPRESSION;
        }
        if (text.isBlank()) {
            return Verdict.CLEAN;
        }
        try {
            return anyExpression(json.readTree(body)) ? Verdict.EXPRESSION : Verdict.CLEAN;
        } catch (IOException notJson) {
            // A body that is not JSON never reaches a JSON query; one that claims to be and is not, cannot be checked.
            return declaredJson ? Verdict.UNREADABLE : Verdict.CLEAN;
        }
    }

    private static boolean anyExpression(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return containsExpression(node.asText());
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (containsExpression(field.getKey()) || anyExpression(field.getValue())) {
                return true;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (anyExpression(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code value}, as given or after up to five rounds of URL-decoding, holds {@code ${} or {@code #{}. */
    static boolean containsExpression(String value) {
        String current = value;
        for (int round = 0; current != null && round <= MAX_DECODING_ROUNDS; round++) {
            if (current.contains("${") || current.contains("#{")) {
                return true;
            }
            String decoded;
            try {
                decoded = URLDecoder.decode(current, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                // A stray '%': decode what can be decoded by leaving the bad escapes alone.
                decoded = URLDecoder.decode(current.replaceAll("%(?![0-9a-fA-F]{2})", "%25"), StandardCharsets.UTF_8);
            }
            if (decoded.equals(current)) {
                return false;
            }
            current = decoded;
        }
        return current != null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        log.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), key);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("identity.engine.refusedTitle", null, locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(key, null, locale));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static boolean hasBody(HttpServletRequest request) {
        // A chunked body has no length.
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isForm(HttpServletRequest request) {
        return contentTypeIs(request, MediaType.APPLICATION_FORM_URLENCODED);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        return request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }

    private static boolean contentTypeIs(HttpServletRequest request, MediaType expected) {
        try {
            return request.getContentType() != null
                    && expected.includes(MediaType.parseMediaType(request.getContentType()));
        } catch (org.springframework.util.InvalidMimeTypeException invalid) {
            return false;
        }
    }

    /** The request with its body read once here and handed on unchanged. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return ((ByteArrayInputStream) in).available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            java.nio.charset.Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = java.nio.charset.Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException unknownCharset) {
                // keep UTF-8, as the engine's JSON provider would
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
