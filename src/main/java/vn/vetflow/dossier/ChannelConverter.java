package vn.vetflow.dossier;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
class ChannelConverter implements AttributeConverter<Channel, Short> {

    @Override
    public Short convertToDatabaseColumn(Channel channel) {
        return channel == null ? null : (short) channel.code();
    }

    @Override
    public Channel convertToEntityAttribute(Short code) {
        return code == null ? null : Channel.ofCode(code);
    }
}
