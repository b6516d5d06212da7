package vn.vetflow.dossier;

/** Where an online payment was made (the national portal's online payment flag). */
public enum PaymentChannel {
    NATIONAL_PORTAL(1), PROVINCIAL_GATEWAY(2);

    private final int code;

    PaymentChannel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static PaymentChannel ofCode(int code) {
        for (PaymentChannel channel : values()) {
            if (channel.code == code) {
                return channel;
            }
        }
        throw new IllegalArgumentException("Unknown payment channel " + code);
    }
}
