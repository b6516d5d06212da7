-- The witness of a refused or unanswered minutes is recorded by full name and position (issue 16); the
-- witness record itself is an inspection_document of type WITNESS_RECORD.
alter table inspection_document add column witness_position varchar(200);
