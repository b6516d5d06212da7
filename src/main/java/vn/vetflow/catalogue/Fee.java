package vn.vetflow.catalogue;

import java.util.Objects;

/** A fee or charge line, in Vietnamese dong. */
public record Fee(String name, long amountVnd) {

    public Fee {
        Objects.requireNonNull(name, "name");
    }
}
