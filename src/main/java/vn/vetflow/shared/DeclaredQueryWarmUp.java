package vn.vetflow.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * Hibernate parses the repositories' declared queries ({@code @Query}) on a thread of its own, as soon as its
 * metamodel is built, while the main thread is still creating the other beans (issue 15). Creating a repository
 * validates each of its declared queries by parsing it, and the first parses of Hibernate's query grammar are
 * slow (its parser builds its prediction tables as it goes): that was about half of the repositories' two
 * seconds on the main thread. Hibernate keeps what it parsed by query text, so the repositories then find
 * them parsed. A query that does not parse is left to the repository's own validation, which reports it.
 */
final class DeclaredQueryWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DeclaredQueryWarmUp.class);

    private DeclaredQueryWarmUp() {
    }

    /** Starts the parsing; it first waits for the factory's metamodel, which is built in the background. */
    static void start(AbstractEntityManagerFactoryBean factory, ConfigurableListableBeanFactory beans) {
        List<String> queries = declaredQueries(beans);
        if (queries.isEmpty()) {
            return;
        }
        Thread thread = new Thread(() -> parse(factory, queries), "jpa-queries");
        thread.setDaemon(true);
        thread.start();
    }

    private static void parse(AbstractEntityManagerFactoryBean factory, List<String> queries) {
        try {
            EntityManagerFactory entityManagers = factory.getNativeEntityManagerFactory();
            long start = System.nanoTime();
            EntityManager entityManager = entityManagers.createEntityManager();
            try {
                for (String query : queries) {
                    try {
                        entityManager.createQuery(query);
                    } catch (RuntimeException invalid) {
                        log.debug("Declared query left to the repository's validation: {}", query, invalid);
                    }
                }
            } finally {
                entityManager.close();
            }
            log.debug("Parsed {} declared queries ahead in {} ms", queries.size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException unavailable) {
            // Hibernate did not start, or the context closed meanwhile: the main thread reports the first.
            log.debug("Declared queries not parsed ahead", unavailable);
        }
    }

    /** The JPQL of every {@code @Query} of the JPA repositories defined in this context. */
    static List<String> declaredQueries(ConfigurableListableBeanFactory beans) {
        List<String> queries = new ArrayList<>();
        for (String name : beans.getBeanNamesForType(JpaRepositoryFactoryBean.class, true, false)) {
            Class<?> repository = repositoryInterface(beans.getBeanDefinition(name.replaceFirst("^&", "")));
            if (repository == null) {
                continue;
            }
            for (Method method : repository.getMethods()) {
                Query query = method.getAnnotation(Query.class);
                if (query != null && !query.nativeQuery() && !query.value().isBlank()) {
                    queries.add(query.value());
                }
            }
        }
        return queries;
    }

    /** The repository a factory bean makes: its type's first generic, which Spring Data sets on the definition. */
    private static Class<?> repositoryInterface(BeanDefinition definition) {
        return definition.getResolvableType().as(FactoryBean.class).getGeneric(0).resolve();
    }
}
