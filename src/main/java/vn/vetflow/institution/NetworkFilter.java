package vn.vetflow.institution;

import vn.vetflow.shared.SearchText;

/**
 * What a visitor narrows the map to: a type, a district, a training level, and words found in an occupation's
 * name or code (without accents: "dien" finds "Điện công nghiệp").
 */
public record NetworkFilter(InstitutionType type, String district, OccupationLevel level, String occupation) {

    public static final NetworkFilter ALL = new NetworkFilter(null, null, null, null);

    boolean accepts(NetworkInstitution institution) {
        if (type != null && institution.type() != type) {
            return false;
        }
        if (district != null && !district.isBlank() && !institution.district().equals(district)) {
            return false;
        }
        if (level == null && (occupation == null || occupation.isBlank())) {
            return true;
        }
        return institution.occupations().stream().anyMatch(o -> (level == null || o.level() == level)
                && SearchText.matches(occupation, o.name(), o.code()));
    }
}
