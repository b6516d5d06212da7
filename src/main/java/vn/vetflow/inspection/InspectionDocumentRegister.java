package vn.vetflow.inspection;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection documents issued in the system (decision, minutes, witness record) as the public verification page
 * finds them: by the number and code printed on them, or by the exact bytes of an uploaded PDF.
 */
@Service
@Transactional(readOnly = true)
public class InspectionDocumentRegister {

    /** An issued inspection document; {@code pdf} is null while it is being prepared. */
    public record Registered(String title, String number, Instant createdAt, byte[] pdf) {
        public boolean ready() {
            return pdf != null;
        }
    }

    private static final String COLUMNS = "select type, number, created_at, pdf from inspection_document";

    private final NamedParameterJdbcTemplate jdbc;

    InspectionDocumentRegister(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Registered> byNumberAndCode(String number, String code) {
        return first(COLUMNS + " where number = :number and verification_code = :code order by id desc",
                Map.of("number", number.strip(), "code", code.strip().toUpperCase(Locale.ROOT)));
    }

    public Optional<Registered> byContent(byte[] pdf) {
        return first(COLUMNS + " where sha256 = :sha order by id desc", Map.of("sha", sha256(pdf)));
    }

    private Optional<Registered> first(String sql, Map<String, ?> params) {
        return jdbc.query(sql, params, (rs, n) -> new Registered(title(rs.getString("type")), rs.getString("number"),
                InspectionStore.instant(rs, "created_at"), rs.getBytes("pdf"))).stream().findFirst();
    }

    private static String title(String type) {
        return switch (type) {
            case "MINUTES" -> "BIÊN BẢN KIỂM TRA";
            case "WITNESS_RECORD" -> "BIÊN BẢN VỀ VIỆC CƠ SỞ KHÔNG KÝ BIÊN BẢN KIỂM TRA";
            default -> "QUYẾT ĐỊNH KIỂM TRA CHUYÊN NGÀNH";
        };
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
