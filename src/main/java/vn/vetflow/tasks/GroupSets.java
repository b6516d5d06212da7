package vn.vetflow.tasks;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** A task's candidate groups as one comparable value: sorted, distinct, comma-separated. */
final class GroupSets {

    private GroupSets() {
    }

    static String key(Collection<String> groups) {
        return String.join(",", groups.stream().distinct().sorted().toList());
    }

    static List<String> groups(String key) {
        return key == null || key.isEmpty() ? List.of() : Arrays.asList(key.split(","));
    }
}
