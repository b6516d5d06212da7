package vn.vetflow.institution;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.vetflow.shared.DateFormats;

/** What an inspector or administrator typed for an institution, kept as text until it is valid. */
record InstitutionForm(String code, String name, String type, String address, String district, String phone,
                       String email, String establishedOn, String principal) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    static final Pattern PHONE = Pattern.compile("[0-9 .+()-]{6,30}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static InstitutionForm empty() {
        return new InstitutionForm("", "", "", "", "", "", "", "", "");
    }

    static InstitutionForm of(InstitutionSummary i) {
        return new InstitutionForm(i.code(), i.name(), i.type().name(), i.address(), i.district(), text(i.phone()),
                text(i.email()), i.establishedOn() == null ? "" : i.establishedOn().toString(), text(i.principal()));
    }

    /** Trimmed; the code in capitals. */
    InstitutionForm normalised() {
        return new InstitutionForm(text(code).toUpperCase(java.util.Locale.ROOT), text(name), text(type),
                text(address), text(district), text(phone), text(email), text(establishedOn), text(principal));
    }

    /** Field → message key of what is wrong, in the order of the form. */
    Map<String, String> errors(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (code.isEmpty()) {
            errors.put("code", "institution.error.code.required");
        } else if (code.length() > 30 || !CODE.matcher(code).matches()) {
            errors.put("code", "institution.error.code.format");
        }
        if (name.isEmpty()) {
            errors.put("name", "institution.error.name.required");
        } else if (name.length() > 255) {
            errors.put("name", "institution.error.tooLong");
        }
        if (type.isEmpty() || java.util.Arrays.stream(InstitutionType.values()).noneMatch(t -> t.name().equals(type))) {
            errors.put("type", "institution.error.type");
        }
        if (address.isEmpty()) {
            errors.put("address", "institution.error.address.required");
        } else if (address.length() > 500) {
            errors.put("address", "institution.error.tooLong");
        }
        if (district.isEmpty()) {
            errors.put("district", "institution.error.district.required");
        } else if (district.length() > 120) {
            errors.put("district", "institution.error.tooLong");
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.put("phone", "institution.error.phone");
        }
        if (!email.isEmpty() && (email.length() > 120 || !EMAIL.matcher(email).matches())) {
            errors.put("email", "institution.error.email");
        }
        if (!establishedOn.isEmpty()) {
            try {
                if (DateFormats.parse(establishedOn).isAfter(today)) {
                    errors.put("establishedOn", "institution.error.establishedOn.future");
                }
            } catch (IllegalArgumentException e) {
                errors.put("establishedOn", "institution.error.establishedOn.format");
            }
        }
        if (principal.length() > 120) {
            errors.put("principal", "institution.error.tooLong");
        }
        return errors;
    }

    InstitutionSummary toSummary(LocalDate lastInspectedOn) {
        return new InstitutionSummary(code, name, InstitutionType.valueOf(type), address, district, blank(phone),
                blank(email), establishedOn.isEmpty() ? null : DateFormats.parse(establishedOn), blank(principal),
                lastInspectedOn);
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    static String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}
