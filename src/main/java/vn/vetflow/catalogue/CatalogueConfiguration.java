package vn.vetflow.catalogue;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogueProperties.class)
class CatalogueConfiguration {

    /** In the application an application form must exist as a classpath resource. */
    @Bean
    CatalogueLoader catalogueLoader(ResourceLoader resourceLoader) {
        return new CatalogueLoader(CatalogueLoader.applicationFormOnClasspath(resourceLoader.getClassLoader()),
                new PathMatchingResourcePatternResolver(resourceLoader));
    }
}
