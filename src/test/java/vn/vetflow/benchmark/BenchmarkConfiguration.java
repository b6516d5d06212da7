package vn.vetflow.benchmark;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.vetflow.support.TestSubmissions;

/** Lets the benchmark build valid submissions the way the tests do. */
@Configuration(proxyBeanMethods = false)
@Import(TestSubmissions.class)
class BenchmarkConfiguration {
}
