package vn.vetflow.portal.apply;

/** No such draft, or not the caller's: both answer 404. */
class DraftNotFoundException extends RuntimeException {

    DraftNotFoundException(long id) {
        super("No draft " + id);
    }
}
