package vn.vetflow.publicservice.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What /v3/api-docs says beyond the annotations: every call logs in with HTTP Basic (the public catalogue
 * needs no login), and filing a dossier is a multipart request with a JSON part {@code dossier} and one file
 * part per document, named {@code files.<component code>} (several files may share a name).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basicAuth";

    @Bean
    OpenAPI vetflowApi() {
        return new OpenAPI()
                .info(new Info().title("vetflow API").version("v1"))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("vetflow's user name and password; repeated failures are throttled")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OpenApiCustomizer multipartDossierParts() {
        return api -> {
            var path = api.getPaths() == null ? null : api.getPaths().get("/api/v1/dossiers");
            if (path == null || path.getPost() == null) {
                return;
            }
            Schema<Object> parts = new ObjectSchema()
                    .addProperty("dossier", new Schema<>().$ref("#/components/schemas/SubmitDossier")
                            .description("the request, as JSON"))
                    .additionalProperties(new BinarySchema().description(
                            "files.<component code>: one part per file of a document component of the procedure"));
            parts.addRequiredItem("dossier");
            parts.setDescription("Parts: dossier (JSON) and files.<component code> (files), e.g. files.TP1");
            MediaType multipart = new MediaType().schema(parts)
                    .addEncoding("dossier", new Encoding().contentType("application/json"));
            path.getPost().requestBody(new RequestBody().required(true)
                    .content(new Content().addMediaType("multipart/form-data", multipart)));
        };
    }
}
