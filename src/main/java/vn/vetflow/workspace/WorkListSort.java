package vn.vetflow.workspace;

/** The list's orders: by deadline (default) or by the day the task was received at its step. */
enum WorkListSort {
    DUE("due"), RECEIVED("received");

    private final String param;

    WorkListSort(String param) {
        this.param = param;
    }

    String param() {
        return param;
    }

    static WorkListSort of(String param) {
        return RECEIVED.param.equals(param) ? RECEIVED : DUE;
    }
}
