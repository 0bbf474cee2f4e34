-- 0005-request-answer.sql: a client request keeps what we answered (lib/kinds.c,
-- field "answer" of kind "client_request"), set only by the verb "answer".
-- Requests answered before this migration have none.
-- PostgreSQL: as lib/sql/sqlite/0005-request-answer.sql, typed as 0001 is.

ALTER TABLE "client_request" ADD COLUMN "answer" TEXT COLLATE "C";
