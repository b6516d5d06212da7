package vn.vetflow.documents;

import org.bouncycastle.cms.CMSSignedData;

/**
 * Adds an RFC 3161 time-stamp of the signature value (PAdES B-T) when a time-stamping service is
 * configured; without one the signature stays baseline B-B.
 */
class TimeStamps {

    private final String tsaUrl;

    TimeStamps(String tsaUrl) {
        this.tsaUrl = tsaUrl;
    }

    boolean configured() {
        return tsaUrl != null && !tsaUrl.isBlank();
    }

    CMSSignedData addTo(CMSSignedData signed) {
        if (!configured()) {
            return signed;
        }
        throw new SigningUnavailableException("Time-stamping (PAdES B-T) is not supported yet: leave "
                + "vetflow.signing.tsa-url empty");
    }
}
