package vn.vetflow.institution;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public map of the VET network: every institution with its place, type, occupations and scale, and how
 * to reach it, with filters. The same list is a table on the page (for screen readers, phones and closed
 * networks without map tiles) and JSON for the map's script.
 */
@Controller
class NetworkPages {

    /** Our own pages' policy, plus the tile server's origin for images when one is configured. */
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:%s;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; frame-src 'self'; frame-ancestors 'self';"
            + " base-uri 'self'";

    private final NetworkMap network;
    private final MapProperties map;

    NetworkPages(NetworkMap network, MapProperties map) {
        this.network = network;
        this.map = map;
    }

    @GetMapping("/network")
    String page(@RequestParam(required = false) String type, @RequestParam(required = false) String district,
                @RequestParam(required = false) String level, @RequestParam(required = false) String occupation,
                Model model, HttpServletRequest request, HttpServletResponse response) {
        NetworkFilter filter = filter(type, district, level, occupation);
        List<NetworkInstitution> institutions = network.institutions(filter);
        model.addAttribute("institutions", institutions);
        model.addAttribute("placed", institutions.stream().filter(NetworkInstitution::placed).count());
        model.addAttribute("filter", filter);
        model.addAttribute("occupation", occupation == null ? "" : occupation.strip());
        model.addAttribute("types", InstitutionType.values());
        model.addAttribute("levels", OccupationLevel.values());
        model.addAttribute("districts", network.districts());
        model.addAttribute("map", map);
        // The map's script asks for the same selection.
        model.addAttribute("query", request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.setHeader("Content-Security-Policy", policy());
        return "institution/network";
    }

    /** The institutions the page shows, for the map's script (same filters). */
    @GetMapping(value = "/network/institutions.json", produces = "application/json")
    @ResponseBody
    List<Map<String, Object>> json(@RequestParam(required = false) String type,
                                   @RequestParam(required = false) String district,
                                   @RequestParam(required = false) String level,
                                   @RequestParam(required = false) String occupation) {
        return network.institutions(filter(type, district, level, occupation)).stream()
                .filter(NetworkInstitution::placed)
                .map(i -> Map.<String, Object>of("code", i.code(), "name", i.name(), "type", i.type().name(),
                        "latitude", i.latitude(), "longitude", i.longitude(), "approximate", i.approximate()))
                .toList();
    }

    String policy() {
        return String.format(POLICY, map.hasTiles() ? " " + map.tileOrigin() : "");
    }

    /** Unknown values (a hand-edited address) are ignored rather than refused: the page shows everything. */
    private static NetworkFilter filter(String type, String district, String level, String occupation) {
        return new NetworkFilter(known(InstitutionType.values(), type), district == null ? null : district.strip(),
                known(OccupationLevel.values(), level), occupation);
    }

    private static <E extends Enum<E>> E known(E[] values, String name) {
        return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }
}
