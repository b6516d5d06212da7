package vn.vetflow.web;

/** The paths read by programs rather than people: they get RFC 7807 problems and follow Accept-Language. */
final class ApiPaths {

    private ApiPaths() {
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.equals("/engine-rest")
                || path.startsWith("/payments/callback/ipn") || path.startsWith("/actuator/");
    }
}
