package vn.vetflow.workspace;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the list shows: tab, search text, order and page, all kept in the URL so that opening a task and
 * coming back shows the same list.
 */
record WorkListState(WorkListTab tab, String q, WorkListSort sort, int page) {

    static final int MAX_QUERY = 100;

    static WorkListState of(String tab, String q, String sort, String page) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        return new WorkListState(WorkListTab.of(tab).orElse(WorkListTab.MINE), text, WorkListSort.of(sort),
                pageNumber(page));
    }

    /** A page number from the URL; anything that is not a positive number is the first page. */
    private static int pageNumber(String page) {
        if (page == null || !page.strip().matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(page.strip()));
    }

    WorkListState withTab(WorkListTab other) {
        return new WorkListState(other, q, sort, 1);
    }

    WorkListState withPage(int other) {
        return new WorkListState(tab, q, sort, other);
    }

    WorkListState withSort(WorkListSort other) {
        return new WorkListState(tab, q, other, 1);
    }

    /** The query string of this state, e.g. {@code tab=mine&sort=due&page=2}. */
    String query() {
        StringBuilder query = new StringBuilder("tab=").append(tab.param());
        if (!q.isEmpty()) {
            query.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        return query.append("&sort=").append(sort.param()).append("&page=").append(page).toString();
    }

    /** The list's own address for this state. */
    String url() {
        return "/workspace?" + query();
    }
}
