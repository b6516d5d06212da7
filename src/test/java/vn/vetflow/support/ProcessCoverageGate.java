package vn.vetflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The share of a process's flow nodes that the annotated test class must reach with its own instances,
 * measured by the process-test-coverage extension while this class ran (see {@link ProcessCoverageListener}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProcessCoverageGate {

    /** The process definition key. */
    String process();

    /** The least share of flow nodes reached, 0 to 1. */
    double atLeast() default 0.9;
}
