package vn.vetflow.institution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public map's background. Government networks are often closed, so no tile source is assumed: with none
 * configured the map shows the institutions on a plain background. A province sets its own tile server
 * (an address template with {z}/{x}/{y}) and the attribution its licence asks for.
 *
 * @param tileUrl     e.g. {@code https://tiles.example.gov.vn/{z}/{x}/{y}.png}; blank for none
 * @param attribution shown in the map's corner when tiles are shown
 */
@ConfigurationProperties(prefix = "vetflow.map")
public record MapProperties(
        @DefaultValue("") String tileUrl,
        @DefaultValue("") String attribution,
        @DefaultValue("22.05") double centerLatitude,
        @DefaultValue("104.3") double centerLongitude,
        @DefaultValue("8") int zoom) {

    public boolean hasTiles() {
        return tileUrl != null && !tileUrl.isBlank();
    }

    /** The scheme and host the tiles come from, for the page's Content-Security-Policy. */
    public String tileOrigin() {
        if (!hasTiles()) {
            return null;
        }
        java.net.URI uri = java.net.URI.create(tileUrl.replace("{", "").replace("}", ""));
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
