package vn.vetflow.catalogue;

/**
 * A way an applicant may submit a dossier and receive its result (cách thức thực hiện): online on the
 * public-service portal, in person at the one-stop desk, or by public post.
 */
public enum SubmissionChannel {
    ONLINE, IN_PERSON, PUBLIC_POST
}
