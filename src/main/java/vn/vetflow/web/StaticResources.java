package vn.vetflow.web;

import java.time.Duration;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Our styles and scripts and the webjars, cached by browsers for a year. Every URL of them changes with its
 * content: {@code /css/**} and {@code /js/**} carry a hash of the file (templates write {@code @{/css/vetflow.css}},
 * Spring's resource URL filter turns it into {@code /css/vetflow-<md5>.css}), webjars carry their version in the
 * path. A new release therefore never meets a stale copy. Pages are not cached (identity.SecurityConfiguration
 * keeps no-store on everything else).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    /** Boot's {@code spring.web.resources.chain.cache} (true by default): false re-reads files while editing them. */
    private final boolean cacheResolved;

    StaticResources(WebProperties web) {
        this.cacheResolved = web.getResources().getChain().isCache();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(A_YEAR)
                    .resourceChain(cacheResolved)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(A_YEAR)
                .resourceChain(cacheResolved);
    }
}
