package vn.vetflow.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * One document of a dossier (thành phần hồ sơ).
 *
 * @param fileTypes lower-case file extensions accepted for the upload
 * @param template  file name of the blank form to download, or {@code null} when there is none
 */
public record DossierComponent(String code, String name, boolean required, List<String> fileTypes,
                               int maxSizeMb, String template) {

    public DossierComponent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        fileTypes = List.copyOf(fileTypes);
    }
}
