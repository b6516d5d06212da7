package vn.vetflow.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.vetflow.dossier.DossierService;

/** Puts the audit interceptor in front of every Spring MVC handler; it picks its routes itself. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

    private final AuditTrail trail;
    private final DossierService dossiers;

    AuditWebConfiguration(AuditTrail trail, DossierService dossiers) {
        this.trail = trail;
        this.dossiers = dossiers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuditInterceptor(trail, dossiers));
    }
}
