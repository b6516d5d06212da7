package vn.vetflow.institution;

import java.math.BigDecimal;
import java.util.List;

/**
 * An institution as the public map shows it: particulars, place, and the occupations it trains with their
 * registered scale. No staff, risk or inspection data.
 *
 * @param latitude    null when the institution has not been placed on the map yet
 * @param approximate placed by hand near the address, not surveyed
 */
public record NetworkInstitution(String code, String name, InstitutionType type, String address, String district,
        String phone, String email, String website, BigDecimal latitude, BigDecimal longitude, boolean approximate,
        List<Occupation> occupations) {

    public boolean placed() {
        return latitude != null && longitude != null;
    }

    /** Learners per year over all registered occupations. */
    public int registeredScale() {
        return occupations.stream().mapToInt(Occupation::registeredScale).sum();
    }
}
