package vn.vetflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.data.jpa.repository.Query;
import vn.vetflow.support.VetflowTest;

/**
 * The queries parsed ahead are the repositories' declared ones, read from the context's repository definitions:
 * every one of them, from repositories in other modules too, each once.
 */
@VetflowTest
class DeclaredQueryWarmUpTest {

    @Autowired
    ConfigurableListableBeanFactory beans;

    @Test
    void listsTheDeclaredQueriesOfEveryRepository() throws Exception {
        List<String> listed = DeclaredQueryWarmUp.declaredQueries(beans);

        assertThat(listed)
                .containsAll(declared("vn.vetflow.dossier.DossierRepository"))
                .containsAll(declared("vn.vetflow.dossier.AttachmentRepository"))
                .containsAll(declared("vn.vetflow.payment.OrderRecords"))
                .containsAll(declared("vn.vetflow.portal.apply.DraftFileRepository"))
                .doesNotHaveDuplicates()
                .allSatisfy(query -> assertThat(query).isNotBlank());
        assertThat(declared("vn.vetflow.dossier.DossierRepository")).hasSizeGreaterThan(1);
    }

    private static List<String> declared(String repository) throws ClassNotFoundException {
        List<String> queries = new ArrayList<>();
        for (Method method : Class.forName(repository).getMethods()) {
            Query query = method.getAnnotation(Query.class);
            if (query != null) {
                queries.add(query.value());
            }
        }
        return queries;
    }
}
