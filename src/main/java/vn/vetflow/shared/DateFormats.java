package vn.vetflow.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Dates as Vietnamese users write them (dd/MM/yyyy), and as forms send them (ISO). */
public final class DateFormats {

    /** Strict: 31/02/2025 is refused, not read as 28/02/2025. */
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private DateFormats() {
    }

    private static final DateTimeFormatter VIETNAMESE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    public static String date(LocalDate date) {
        return date == null ? "" : VIETNAMESE.format(date);
    }

    /** A moment as Vietnamese users read it: dd/MM/yyyy HH:mm in Vietnam's time zone. */
    public static String dateTime(java.time.Instant instant) {
        return instant == null ? "" : VIETNAMESE_TIME.format(instant);
    }

    /** Accepts 2026-03-15 (forms) and 15/03/2026 (people). */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A date is required");
        }
        String value = text.strip();
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE) : LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("Not a date: " + value, e);
        }
    }
}
