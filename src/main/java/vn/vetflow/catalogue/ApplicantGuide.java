package vn.vetflow.catalogue;

import java.util.List;

/**
 * What a provincial portal tells an applicant about a procedure besides its deadline and dossier:
 * who may apply, the conditions, the applicant's own steps, how many sets of papers, how to submit and
 * how the result comes back. Texts are Vietnamese, as published by the province.
 *
 * @param applicants     who may apply (đối tượng thực hiện)
 * @param conditions     requirements and conditions (yêu cầu, điều kiện); empty when there are none
 * @param applicantSteps the applicant's steps (trình tự thực hiện), in order
 * @param copies         number of sets of papers (số lượng hồ sơ)
 * @param channels       ways to submit; the processing time is the same on each
 * @param resultReturn   ways the result is returned
 */
public record ApplicantGuide(List<String> applicants, List<String> conditions, List<String> applicantSteps,
                             int copies, List<SubmissionChannel> channels, List<SubmissionChannel> resultReturn) {

    /** Used when a version says nothing: one set, every channel, result returned the same ways. */
    public static final ApplicantGuide DEFAULT = new ApplicantGuide(List.of(), List.of(), List.of(), 1,
            List.of(SubmissionChannel.values()), List.of(SubmissionChannel.values()));

    public ApplicantGuide {
        applicants = List.copyOf(applicants);
        conditions = List.copyOf(conditions);
        applicantSteps = List.copyOf(applicantSteps);
        channels = List.copyOf(channels);
        resultReturn = List.copyOf(resultReturn);
    }
}
