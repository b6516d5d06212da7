-- Completing a publication looks it up by its serialized event (a hash index: the text can be long).
create index event_publication_serialized_event_hash on event_publication using hash (serialized_event);
