package vn.vetflow.portal;

import java.util.ArrayList;
import java.util.List;

/**
 * The messages of a rejected form, already in the user's language, each tied to the id of the field it
 * is about (or to none), so the page shows a summary at the top that links to the fields and a message
 * under each field.
 */
final class FormErrors {

    /** One message; {@code fieldId} is the id of the input it concerns, or {@code null}. */
    record Message(String fieldId, String text) {
    }

    private final List<Message> messages = new ArrayList<>();

    static FormErrors none() {
        return new FormErrors();
    }

    FormErrors add(String fieldId, String text) {
        messages.add(new Message(fieldId, text));
        return this;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public List<Message> getAll() {
        return List.copyOf(messages);
    }

    public boolean has(String fieldId) {
        return messages.stream().anyMatch(m -> fieldId.equals(m.fieldId()));
    }

    /** The messages about one field, joined. */
    public String of(String fieldId) {
        return String.join(" ", messages.stream().filter(m -> fieldId.equals(m.fieldId())).map(Message::text).toList());
    }
}
