package vn.vetflow.publicservice.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of a list answer: {@code page} counts from 0, {@code size} is at most {@link #MAX_SIZE} (larger
 * requests get that many), {@code total} is the number of items on all pages.
 */
@Schema(description = "One page of results")
record ApiPage<T>(List<T> items, int page, int size, long total) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /** The page a request asked for, kept within bounds. */
    static int page(int requested) {
        return Math.max(0, requested);
    }

    static int size(int requested) {
        return Math.min(MAX_SIZE, Math.max(1, requested));
    }
}
