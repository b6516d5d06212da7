package vn.vetflow.dossier;

/** How a dossier was filed (KenhThucHien on the national portal). */
public enum Channel {
    IN_PERSON(1), ONLINE(2), PUBLIC_POST(3);

    private final int code;

    Channel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Channel ofCode(int code) {
        for (Channel channel : values()) {
            if (channel.code == code) {
                return channel;
            }
        }
        throw new IllegalArgumentException("Unknown channel " + code);
    }
}
