package vn.vetflow.portal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import vn.vetflow.catalogue.DossierComponent;

/**
 * The blank forms (mẫu đơn, tờ khai) a component names in the catalogue, served from
 * {@code classpath:forms/templates/<file>}. A template the catalogue names but the build does not carry is
 * simply not offered.
 */
@Component
class ProcedureTemplates {

    static final String LOCATION = "classpath:forms/templates/";

    /** A plain file name: no directories, no "..". */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

    private final ResourceLoader resources;

    ProcedureTemplates(ResourceLoader resources) {
        this.resources = resources;
    }

    Optional<Resource> of(DossierComponent component) {
        String file = component.template();
        if (file == null || !SAFE_NAME.matcher(file).matches()) {
            return Optional.empty();
        }
        Resource resource = resources.getResource(LOCATION + file);
        return resource.exists() && resource.isReadable() ? Optional.of(resource) : Optional.empty();
    }
}
