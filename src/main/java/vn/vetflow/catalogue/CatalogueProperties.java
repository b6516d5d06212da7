package vn.vetflow.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vetflow.catalogue.*} settings.
 *
 * @param extraLocation optional Spring resource pattern with more catalogue files, e.g.
 *                      {@code file:./config/catalogue/*.yaml}, so a province adds procedures
 *                      without rebuilding; ids must not repeat those of the shipped files
 */
@ConfigurationProperties("vetflow.catalogue")
public record CatalogueProperties(String extraLocation) {

    /** The shipped location, then the extra one when set. */
    public List<String> locations() {
        List<String> locations = new ArrayList<>();
        locations.add(CatalogueLoader.CLASSPATH_LOCATION);
        if (extraLocation != null && !extraLocation.isBlank()) {
            locations.add(extraLocation.trim());
        }
        return List.copyOf(locations);
    }
}
