package vn.vetflow.accounts;

import java.util.Set;

/**
 * Checks of the identity numbers the desk types in. A citizen identity card (CCCD) number has 12 digits, the
 * first three the code of the province of birth registration (001 Hà Nội … 096 Cà Mau); an organisation has
 * its 10-digit enterprise/tax code (13 digits for a branch).
 */
public final class IdentityNumbers {

    /**
     * Province codes of CCCD numbers (the 63 provinces before the 2025 merger). (unverified) Taken from
     * practice descriptions of Circular 07/2016/TT-BCA, not from the text itself: a number refused here can
     * still be registered online, where only the 12 digits are checked.
     */
    static final Set<String> PROVINCE_CODES = Set.of("001", "002", "004", "006", "008", "010", "011", "012",
            "014", "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035",
            "036", "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058",
            "060", "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083",
            "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

    private IdentityNumbers() {
    }

    /** The number without the spaces, dots and dashes people type. */
    public static String normalise(String value) {
        return value == null ? "" : value.replaceAll("[\\s.\\-]", "");
    }

    /** 12 digits starting with a province code. */
    public static boolean validCitizenId(String normalised) {
        return normalised.matches("\\d{12}") && PROVINCE_CODES.contains(normalised.substring(0, 3));
    }

    /** 10 or 13 digits. */
    public static boolean validTaxCode(String normalised) {
        return normalised.matches("\\d{10}|\\d{13}");
    }

    /** A number the desk can look up: a CCCD or a tax code. */
    public static boolean valid(String normalised) {
        return validCitizenId(normalised) || validTaxCode(normalised);
    }
}
