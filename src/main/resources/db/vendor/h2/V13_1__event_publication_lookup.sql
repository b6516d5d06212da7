create index event_publication_by_listener_and_event on event_publication (listener_id, serialized_event);
