package vn.vetflow.publicservice.api;

import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vetflow.catalogue.ProcedureCatalogue;
import vn.vetflow.publicservice.Deadlines;
import vn.vetflow.support.TestSubmissions;
import vn.vetflow.support.TestUsers;
import vn.vetflow.support.PostgresTest;

/** {@link ConcurrentUse} on PostgreSQL. */
class ConcurrentUsePostgresTest extends PostgresTest implements ConcurrentUse {

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired TestUsers users;
    @Autowired TestSubmissions submissions;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired Deadlines deadlines;
    @Autowired TaskService tasks;

    @Override
    public int port() {
        return port;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public TestUsers users() {
        return users;
    }

    @Override
    public TestSubmissions submissions() {
        return submissions;
    }

    @Override
    public ProcedureCatalogue catalogue() {
        return catalogue;
    }

    @Override
    public Deadlines deadlines() {
        return deadlines;
    }

    @Override
    public TaskService tasks() {
        return tasks;
    }
}
