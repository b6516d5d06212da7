package vn.vetflow.institution;

import static vn.vetflow.institution.InstitutionForm.text;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The particulars an institution keeps up to date itself (contact, place, head), as typed, until valid.
 * Coordinates are decimal degrees; both or neither. Phone and mail follow the register's own rules
 * ({@link InstitutionForm}), so what an institution proposes is what the Department could have typed.
 */
public record ParticularsForm(String address, String district, String phone, String email, String website,
                              String principal, String latitude, String longitude) {

    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s<>\"]+");
    /** Viet Nam's mainland and islands, with a margin; a point outside is a typing mistake. */
    private static final double SOUTH = 8.0;
    private static final double NORTH = 23.5;
    private static final double WEST = 102.0;
    private static final double EAST = 117.5;

    static ParticularsForm of(InstitutionSummary i, NetworkMap.Place place) {
        return new ParticularsForm(i.address(), i.district(), text(i.phone()), text(i.email()),
                place == null ? "" : text(place.website()), text(i.principal()),
                place == null ? "" : place.latitude().toPlainString(),
                place == null ? "" : place.longitude().toPlainString());
    }

    ParticularsForm normalised() {
        return new ParticularsForm(text(address), text(district), text(phone), text(email), text(website),
                text(principal), text(latitude).replace(',', '.'), text(longitude).replace(',', '.'));
    }

    /** Field → message key of what is wrong, in the order of the form. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "address", address, 500);
        required(errors, "district", district, 120);
        if (!phone.isEmpty() && !InstitutionForm.PHONE.matcher(phone).matches()) {
            errors.put("phone", "institution.error.phone");
        }
        if (!email.isEmpty() && (email.length() > 120 || !InstitutionForm.EMAIL.matcher(email).matches())) {
            errors.put("email", "institution.error.email");
        }
        if (!website.isEmpty() && (website.length() > 255 || !WEBSITE.matcher(website).matches())) {
            errors.put("website", "institution.error.website");
        }
        if (principal.length() > 120) {
            errors.put("principal", "institution.error.tooLong");
        }
        if (latitude.isEmpty() != longitude.isEmpty()) {
            errors.put(latitude.isEmpty() ? "latitude" : "longitude", "institution.error.place.both");
        } else if (!latitude.isEmpty()) {
            coordinate(errors, "latitude", latitude, SOUTH, NORTH);
            coordinate(errors, "longitude", longitude, WEST, EAST);
        }
        return errors;
    }

    BigDecimal latitudeValue() {
        return latitude.isEmpty() ? null : new BigDecimal(latitude).setScale(6, java.math.RoundingMode.HALF_UP);
    }

    BigDecimal longitudeValue() {
        return longitude.isEmpty() ? null : new BigDecimal(longitude).setScale(6, java.math.RoundingMode.HALF_UP);
    }

    private static void required(Map<String, String> errors, String field, String value, int max) {
        if (value.isEmpty()) {
            errors.put(field, "institution.error." + field + ".required");
        } else if (value.length() > max) {
            errors.put(field, "institution.error.tooLong");
        }
    }

    private static void coordinate(Map<String, String> errors, String field, String value, double min, double max) {
        try {
            double degrees = Double.parseDouble(value);
            if (degrees < min || degrees > max) {
                errors.put(field, "institution.error.place.outside");
            }
        } catch (NumberFormatException e) {
            errors.put(field, "institution.error.place.format");
        }
    }
}
