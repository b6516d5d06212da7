package vn.vetflow.portal;

/** Something the portal was asked for does not exist, or not for this user; answered with 404. */
class PageNotFoundException extends RuntimeException {

    PageNotFoundException(String what) {
        super("Not found: " + what);
    }
}
