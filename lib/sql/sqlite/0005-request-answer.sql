-- 0005-request-answer.sql: a client request keeps what we answered (lib/kinds.c,
-- field "answer" of kind "client_request"), set only by the verb "answer".
-- Requests answered before this migration have none.

ALTER TABLE "client_request" ADD COLUMN "answer" TEXT;
