-- The inspection as an aggregate (issue 16): the day the check ended (the report's limit counts from it)
-- and, on the minutes, how the institution answered and who witnessed a refusal or a silence.
alter table inspection add column check_ended_on date;
alter table inspection_document add column institution_answer varchar(20);
alter table inspection_document add column witness_name varchar(200);
alter table inspection_document add column witness_note varchar(2000);
alter table inspection_document add column witnessed_by varchar(100);
alter table inspection_document add column witnessed_at timestamp;
alter table inspection_finding add column transfer_number varchar(60);
alter table inspection_finding add column transfer_recipient varchar(300);
