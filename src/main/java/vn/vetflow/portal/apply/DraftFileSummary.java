package vn.vetflow.portal.apply;

/** A draft's file in a listing, without its bytes. */
public record DraftFileSummary(Long id, String componentCode, String fileName, long sizeBytes) {
}
