package vn.vetflow.publicservice;

/** The catalogue allows only so many supplement requests; after that the dossier must be decided. */
public class SupplementRoundsExhaustedException extends RuntimeException {

    public SupplementRoundsExhaustedException(String code, int maxRounds) {
        super("Dossier " + code + " has had its " + maxRounds + " supplement request(s)");
    }
}
