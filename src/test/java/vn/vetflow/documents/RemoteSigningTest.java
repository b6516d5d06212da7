package vn.vetflow.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;
import vn.vetflow.support.VetflowTest;

/**
 * The remote-signing adapter against the CSC simulator over real HTTP: it gets the signer's chain from
 * the demo CA, has the credential authorised for that one hash (SAD), sends only the hash and gets back a
 * signature that the certificate verifies; a wrong token
 * or a credential the service does not list fails as "signing unavailable" (the job is retried).
 */
@VetflowTest
class RemoteSigningTest {

    @Autowired Environment environment;
    @Autowired DemoCertificateAuthority authority;
    @Autowired MockMvc mvc;

    @Test
    void aHashSentToTheServiceComesBackSignedByTheSignersCertificate() throws Exception {
        RemoteSigningKeys remote = remote("test-remote-signing", Map.of("remotesigner", "cred-remotesigner"));
        assertThat(remote.holds("remotesigner")).isTrue();
        assertThat(remote.holds("someoneelse")).isFalse();

        SigningKey key = remote.key("remotesigner", "ignored: the service names its certificates").orElseThrow();
        X509Certificate certificate = key.chain().get(0);
        assertThat(certificate.getSubjectX500Principal().getName()).contains("DEMO – không có giá trị pháp lý");
        assertThat(key.chain().get(1)).isEqualTo(authority.certificate());
        certificate.verify(authority.certificate().getPublicKey());

        byte[] data = "Tờ trình số 125/TTr-SGDĐT".getBytes(StandardCharsets.UTF_8);
        byte[] signature = key.signSha256(MessageDigest.getInstance("SHA-256").digest(data));
        Signature check = Signature.getInstance("SHA256withRSA");
        check.initVerify(certificate);
        check.update(data);
        assertThat(check.verify(signature)).isTrue();
    }

    @Test
    void aWrongTokenOrAnUnlistedCredentialIsUnavailable() {
        RemoteSigningKeys wrongToken = remote("not-the-token", Map.of("remotesigner", "cred-remotesigner"));
        assertThatThrownBy(() -> wrongToken.key("remotesigner", "x")).isInstanceOf(SigningUnavailableException.class);

        RemoteSigningKeys wrongCredential = remote("test-remote-signing", Map.of("remotesigner", "cred-other"));
        assertThatThrownBy(() -> wrongCredential.key("remotesigner", "x"))
                .isInstanceOf(SigningUnavailableException.class).hasMessageContaining("no credential");
    }

    @Test
    void theSimulatorRefusesCallsWithoutItsToken() throws Exception {
        mvc.perform(post("/csc-simulator/csc/v1/signatures/signHash").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"credentialID\":\"cred-x\",\"hash\":[\"AA==\"],\"hashAlgo\":\"2.16.840.1.101.3.4.2.1\","
                                + "\"signAlgo\":\"1.2.840.113549.1.1.1\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theSimulatorSignsAHashOnlyWithSignatureActivationDataForThatHashUsedOnce() throws Exception {
        String auth = "Bearer test-remote-signing";
        String hash = java.util.Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest("Quyết định".getBytes(StandardCharsets.UTF_8)));
        String other = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(call(auth, "credentials/list", "{\"userID\":\"sadsigner\"}"))
                .contains("cred-sadsigner");
        assertThat(call(auth, "credentials/info", "{\"credentialID\":\"cred-sadsigner\",\"certificates\":\"chain\"}"))
                .contains("\"certificates\"");

        String signWithout = signHashBody(null, hash);
        mvc.perform(post("/csc-simulator/csc/v1/signatures/signHash").header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON).content(signWithout)).andExpect(status().isBadRequest());

        String sad = sad(call(auth, "credentials/authorize",
                "{\"credentialID\":\"cred-sadsigner\",\"numSignatures\":1,\"hash\":[\"" + hash + "\"]}"));
        // Another hash than the authorised one is refused (and the SAD is spent).
        mvc.perform(post("/csc-simulator/csc/v1/signatures/signHash").header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON).content(signHashBody(sad, other)))
                .andExpect(status().isBadRequest());

        String fresh = sad(call(auth, "credentials/authorize",
                "{\"credentialID\":\"cred-sadsigner\",\"numSignatures\":1,\"hash\":[\"" + hash + "\"]}"));
        assertThat(call(auth, "signatures/signHash", signHashBody(fresh, hash))).contains("\"signatures\"");
        // Used once: the same SAD signs nothing more.
        mvc.perform(post("/csc-simulator/csc/v1/signatures/signHash").header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON).content(signHashBody(fresh, hash)))
                .andExpect(status().isBadRequest());
    }

    private String call(String auth, String path, String json) throws Exception {
        return mvc.perform(post("/csc-simulator/csc/v1/" + path).header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String sad(String authorizeAnswer) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"SAD\":\"([^\"]+)\"").matcher(authorizeAnswer);
        assertThat(matcher.find()).as(authorizeAnswer).isTrue();
        return matcher.group(1);
    }

    private static String signHashBody(String sad, String hash) {
        return "{\"credentialID\":\"cred-sadsigner\"," + (sad == null ? "" : "\"SAD\":\"" + sad + "\",")
                + "\"hash\":[\"" + hash + "\"],\"hashAlgo\":\"2.16.840.1.101.3.4.2.1\","
                + "\"signAlgo\":\"1.2.840.113549.1.1.1\"}";
    }

    private RemoteSigningKeys remote(String token, Map<String, String> credentials) {
        return new RemoteSigningKeys(new SigningProperties.Remote(null, true, token, credentials), RestClient.builder(),
                environment);
    }
}
