package vn.vetflow.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.vetflow.dossier.DossierService;
import vn.vetflow.publicservice.PublicServiceProcess;

/** Puts the audit interceptor in front of every Spring MVC handler; it picks its routes itself. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

    private final AuditTrail trail;
    private final DossierService dossiers;
    private final PublicServiceProcess process;

    AuditWebConfiguration(AuditTrail trail, DossierService dossiers, PublicServiceProcess process) {
        this.trail = trail;
        this.dossiers = dossiers;
        this.process = process;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuditInterceptor(trail, dossiers, process));
    }
}
