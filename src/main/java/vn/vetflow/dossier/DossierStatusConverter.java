package vn.vetflow.dossier;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the national status code (1–10), not the enum name. */
@Converter
class DossierStatusConverter implements AttributeConverter<DossierStatus, Short> {

    @Override
    public Short convertToDatabaseColumn(DossierStatus status) {
        return status == null ? null : (short) status.code();
    }

    @Override
    public DossierStatus convertToEntityAttribute(Short code) {
        return code == null ? null : DossierStatus.ofCode(code);
    }
}
