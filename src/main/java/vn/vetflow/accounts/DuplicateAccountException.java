package vn.vetflow.accounts;

import java.util.List;

/** Registration refused: the fields (username, email, idNumber) already belong to another account. */
class DuplicateAccountException extends RuntimeException {

    private final List<String> fields;

    DuplicateAccountException(List<String> fields) {
        super("Already registered: " + fields);
        this.fields = List.copyOf(fields);
    }

    List<String> fields() {
        return fields;
    }
}
