package vn.vetflow.inspection;

/** No inspection has this code. */
public class InspectionNotFoundException extends RuntimeException {

    public InspectionNotFoundException(String code) {
        super("No inspection " + code);
    }
}
