package vn.vetflow.diplomas;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.vetflow.institution.OccupationLevel;
import vn.vetflow.shared.DateFormats;

/**
 * One diploma as typed in the form or read from a spreadsheet row, kept as text until valid. The level is
 * accepted as its name (COLLEGE) or in Vietnamese (Cao đẳng, Trung cấp, Sơ cấp); dates as dd/MM/yyyy.
 */
public record DiplomaInput(String number, String holderName, String identityNumber, String occupationCode,
                           String occupationName, String level, String issuedOn, String signer) {

    /** The citizen identity number (CCCD) has 12 digits. */
    private static final Pattern IDENTITY = Pattern.compile("\\d{12}");
    private static final Pattern NUMBER = Pattern.compile("[\\p{L}0-9/.\\- ]{1,50}");
    private static final Pattern OCCUPATION_CODE = Pattern.compile("\\d{7,8}");

    public static DiplomaInput empty() {
        return new DiplomaInput("", "", "", "", "", "", "", "");
    }

    public DiplomaInput normalised() {
        return new DiplomaInput(text(number).toUpperCase(Locale.ROOT), text(holderName).replaceAll("\\s+", " "),
                text(identityNumber).replace(" ", ""), text(occupationCode), text(occupationName), text(level),
                text(issuedOn), text(signer));
    }

    /** Field → message key of what is wrong, in the order of the form. */
    public Map<String, String> errors(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (number.isEmpty()) {
            errors.put("number", "diplomas.error.number.required");
        } else if (!NUMBER.matcher(number).matches()) {
            errors.put("number", "diplomas.error.number.format");
        }
        if (holderName.isEmpty()) {
            errors.put("holderName", "diplomas.error.holderName.required");
        } else if (holderName.length() > 120) {
            errors.put("holderName", "diplomas.error.tooLong");
        }
        if (!IDENTITY.matcher(identityNumber).matches()) {
            errors.put("identityNumber", "diplomas.error.identityNumber");
        }
        if (!OCCUPATION_CODE.matcher(occupationCode).matches()) {
            errors.put("occupationCode", "diplomas.error.occupationCode");
        }
        if (occupationName.isEmpty()) {
            errors.put("occupationName", "diplomas.error.occupationName.required");
        } else if (occupationName.length() > 255) {
            errors.put("occupationName", "diplomas.error.tooLong");
        }
        if (levelValue() == null) {
            errors.put("level", "diplomas.error.level");
        }
        try {
            if (issuedOn.isEmpty()) {
                errors.put("issuedOn", "diplomas.error.issuedOn.required");
            } else if (DateFormats.parse(issuedOn).isAfter(today)) {
                errors.put("issuedOn", "diplomas.error.issuedOn.future");
            }
        } catch (IllegalArgumentException e) {
            errors.put("issuedOn", "diplomas.error.issuedOn.format");
        }
        if (signer.isEmpty()) {
            errors.put("signer", "diplomas.error.signer.required");
        } else if (signer.length() > 120) {
            errors.put("signer", "diplomas.error.tooLong");
        }
        return errors;
    }

    public OccupationLevel levelValue() {
        String plain = vn.vetflow.shared.SearchText.normalise(level);
        return switch (plain) {
            case "so cap", "elementary" -> OccupationLevel.ELEMENTARY;
            case "trung cap", "intermediate" -> OccupationLevel.INTERMEDIATE;
            case "cao dang", "college" -> OccupationLevel.COLLEGE;
            default -> Arrays.stream(OccupationLevel.values()).filter(l -> l.name().equals(level)).findFirst()
                    .orElse(null);
        };
    }

    public LocalDate issuedOnValue() {
        return DateFormats.parse(issuedOn);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
