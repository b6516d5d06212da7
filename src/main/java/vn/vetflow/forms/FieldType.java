package vn.vetflow.forms;

import java.util.Optional;

/** The form-js component types the server renders and validates. */
public enum FieldType {
    TEXTFIELD("textfield"),
    TEXTAREA("textarea"),
    NUMBER("number"),
    SELECT("select"),
    RADIO("radio"),
    CHECKBOX("checkbox"),
    CHECKLIST("checklist"),
    DATETIME("datetime"),
    /** Static content without a key: form-js {@code text}, and any component type we do not know. */
    TEXT("text");

    private final String componentType;

    FieldType(String componentType) {
        this.componentType = componentType;
    }

    /** The form-js {@code type} of the component. */
    public String componentType() {
        return componentType;
    }

    /** Whether this type has options ({@code values}). */
    public boolean hasOptions() {
        return this == SELECT || this == RADIO || this == CHECKLIST;
    }

    static Optional<FieldType> fromComponentType(String type) {
        for (FieldType fieldType : values()) {
            if (fieldType.componentType.equals(type)) {
                return Optional.of(fieldType);
            }
        }
        return Optional.empty();
    }
}
