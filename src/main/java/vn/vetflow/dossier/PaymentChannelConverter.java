package vn.vetflow.dossier;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
class PaymentChannelConverter implements AttributeConverter<PaymentChannel, Short> {

    @Override
    public Short convertToDatabaseColumn(PaymentChannel channel) {
        return channel == null ? null : (short) channel.code();
    }

    @Override
    public PaymentChannel convertToEntityAttribute(Short code) {
        return code == null ? null : PaymentChannel.ofCode(code);
    }
}
