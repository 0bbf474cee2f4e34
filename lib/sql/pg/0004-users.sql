-- 0004-users.sql: the accounts of the server (include/rapport/user.h): the
-- people of the team and the client contacts who use the portal, their API
-- tokens and their login sessions.  Passwords are kept only as Argon2id
-- hashes and tokens only as SHA-256 hashes, so a copy of the database lets
-- nobody in.  Like every table, each starts its primary key with
-- workspace_id (docs/scaling.md).
-- PostgreSQL: as lib/sql/sqlite/0004-users.sql, typed as 0001 is.

CREATE TABLE "user" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"login" TEXT COLLATE "C" NOT NULL,
	"role" TEXT COLLATE "C" NOT NULL,
	"contact_id" BIGINT,
	"password_hash" TEXT COLLATE "C",
	"disabled" BIGINT NOT NULL DEFAULT 0,
	"created_at" TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY ("workspace_id", "id"),
	UNIQUE ("workspace_id", "login"),
	FOREIGN KEY ("workspace_id", "contact_id") REFERENCES "contact" ("workspace_id", "id")
);

-- "last_used" is a day (YYYY-MM-DD), written at most once a day per token so
-- that using a token stays a read.
CREATE TABLE "api_token" (
	"workspace_id" BIGINT NOT NULL,
	"id" BIGINT NOT NULL,
	"user_id" BIGINT NOT NULL,
	"label" TEXT COLLATE "C",
	"token_hash" TEXT COLLATE "C" NOT NULL,
	"created_at" TEXT COLLATE "C" NOT NULL,
	"last_used" TEXT COLLATE "C",
	PRIMARY KEY ("workspace_id", "id"),
	UNIQUE ("workspace_id", "token_hash"),
	FOREIGN KEY ("workspace_id", "user_id") REFERENCES "user" ("workspace_id", "id")
);
CREATE INDEX "api_token_user" ON "api_token" ("workspace_id", "user_id", "id");

-- Instants in Unix seconds, compared with the library's clock.  Sessions are
-- not exported: an import logs everybody out.
CREATE TABLE "session" (
	"workspace_id" BIGINT NOT NULL,
	"token_hash" TEXT COLLATE "C" NOT NULL,
	"user_id" BIGINT NOT NULL,
	"created_at" BIGINT NOT NULL,
	"expires_at" BIGINT NOT NULL,
	PRIMARY KEY ("workspace_id", "token_hash"),
	FOREIGN KEY ("workspace_id", "user_id") REFERENCES "user" ("workspace_id", "id")
);
CREATE INDEX "session_expiry" ON "session" ("workspace_id", "expires_at");
CREATE INDEX "session_user" ON "session" ("workspace_id", "user_id");
