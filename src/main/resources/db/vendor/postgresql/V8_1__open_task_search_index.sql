-- Task-list search ("nguyen van an", a dossier code) looks for words anywhere in open_task.search_text.
-- A trigram index answers such LIKE '%word%' tests without reading every visible task.
-- pg_trgm ships with PostgreSQL and is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;
create index ix_open_task_search_trgm on open_task using gin (search_text gin_trgm_ops);
