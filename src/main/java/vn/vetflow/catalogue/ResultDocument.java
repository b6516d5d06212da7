package vn.vetflow.catalogue;

import java.util.Objects;

/** The document a procedure issues, and the symbol its number carries. */
public record ResultDocument(String name, String numberPrefix) {

    public ResultDocument {
        Objects.requireNonNull(name, "name");
    }
}
