-- 0001-records.sql: the workspace, every record of PRODUCT.md, the number
-- counters and the audit trail.  Every row belongs to a workspace and every
-- primary key starts with workspace_id, so that a hosted service can shard
-- by workspace.  Columns are named as the fields of lib/kinds.c.  The
-- indexes that serve the lists end in "id", so that a list comes in number
-- order straight from the index whatever the planner knows of the data.

CREATE TABLE "workspace" (
	"id" INTEGER PRIMARY KEY,
	"name" TEXT NOT NULL,
	"currency" TEXT NOT NULL,
	"timezone" TEXT NOT NULL,
	"created_at" TEXT NOT NULL,
	"audit_seq" INTEGER NOT NULL DEFAULT 0,
	"audit_head" TEXT NOT NULL
);

CREATE TABLE "counter" (
	"workspace_id" INTEGER NOT NULL REFERENCES "workspace" ("id"),
	"kind" TEXT NOT NULL,
	"last" INTEGER NOT NULL,
	PRIMARY KEY ("workspace_id", "kind")
);

CREATE TABLE "client" (
	"workspace_id" INTEGER NOT NULL REFERENCES "workspace" ("id"),
	"id" INTEGER NOT NULL,
	"name" TEXT NOT NULL,
	"slug" TEXT NOT NULL,
	"industry" TEXT,
	"owner" TEXT,
	"status" TEXT NOT NULL,
	"tags" TEXT,
	"notes" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	UNIQUE ("workspace_id", "slug")
);

CREATE TABLE "contact" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"client_id" INTEGER NOT NULL,
	"name" TEXT NOT NULL,
	"email" TEXT,
	"phone" TEXT,
	"role" TEXT,
	"birthday" TEXT,
	"may_signoff" INTEGER,
	"portal" INTEGER,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "client_id") REFERENCES "client" ("workspace_id", "id")
);
CREATE INDEX "contact_client" ON "contact" ("workspace_id", "client_id", "id");

CREATE TABLE "engagement" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"client_id" INTEGER NOT NULL,
	"title" TEXT NOT NULL,
	"slug" TEXT NOT NULL,
	"type" TEXT NOT NULL,
	"value" INTEGER,
	"currency" TEXT NOT NULL,
	"baseline_start" TEXT,
	"baseline_end" TEXT,
	"forecast_end" TEXT,
	"state" TEXT NOT NULL,
	"objectives" TEXT,
	"success" TEXT,
	"change_provisions" TEXT,
	"resources" TEXT,
	"fit" TEXT,
	"past_arrangements" TEXT,
	"notice_days" INTEGER,
	"renewal" TEXT,
	"renewal_date" TEXT,
	"payment_terms_days" INTEGER,
	"rfi_hours" INTEGER,
	"client_rfi_hours" INTEGER,
	"review_days" INTEGER,
	"report_every" TEXT,
	"meet_every" TEXT,
	"punch_days" INTEGER,
	"notice_given" TEXT,
	"ended_on" TEXT,
	"created_on" TEXT NOT NULL,
	PRIMARY KEY ("workspace_id", "id"),
	UNIQUE ("workspace_id", "slug"),
	FOREIGN KEY ("workspace_id", "client_id") REFERENCES "client" ("workspace_id", "id")
);
CREATE INDEX "engagement_client" ON "engagement" ("workspace_id", "client_id", "id");
CREATE INDEX "engagement_state" ON "engagement" ("workspace_id", "state", "id");

CREATE TABLE "deliverable" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"title" TEXT NOT NULL,
	"accept" TEXT,
	"estimate_hours" INTEGER,
	"assumptions" TEXT,
	"due" TEXT,
	"state" TEXT NOT NULL,
	"reviewer" INTEGER,
	"submitted_on" TEXT,
	"signed_off_by" INTEGER,
	"signed_off_on" TEXT,
	"signoff_comment" TEXT,
	"delivered_on" TEXT,
	"waive_reason" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "reviewer") REFERENCES "contact" ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "signed_off_by") REFERENCES "contact" ("workspace_id", "id")
);
CREATE INDEX "deliverable_engagement" ON "deliverable" ("workspace_id", "engagement_id", "id");

CREATE TABLE "payment" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"kind" TEXT NOT NULL,
	"amount" INTEGER NOT NULL,
	"trigger" TEXT,
	"verify" TEXT,
	"state" TEXT NOT NULL,
	"invoice_number" TEXT,
	"triggered_on" TEXT,
	"invoiced_on" TEXT,
	"due_on" TEXT,
	"paid_on" TEXT,
	"writeoff_reason" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "payment_engagement" ON "payment" ("workspace_id", "engagement_id", "id");
CREATE INDEX "payment_invoice" ON "payment" ("workspace_id", "invoice_number");

CREATE TABLE "change_request" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"description" TEXT NOT NULL,
	"cost" INTEGER,
	"days" INTEGER,
	"contingency" TEXT,
	"state" TEXT NOT NULL,
	"proposed_on" TEXT NOT NULL,
	"decided_by" INTEGER,
	"decided_on" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "decided_by") REFERENCES "contact" ("workspace_id", "id")
);
CREATE INDEX "change_request_engagement" ON "change_request" ("workspace_id", "engagement_id", "id");

CREATE TABLE "action_item" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"title" TEXT NOT NULL,
	"owner" TEXT NOT NULL,
	"state" TEXT NOT NULL,
	"due" TEXT,
	"percent" INTEGER,
	"waiting_on" TEXT,
	"waiting_since" TEXT,
	"created_on" TEXT NOT NULL,
	"done_on" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "action_item_engagement" ON "action_item" ("workspace_id", "engagement_id", "id");

CREATE TABLE "client_request" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"text" TEXT NOT NULL,
	"received_at" TEXT NOT NULL,
	"state" TEXT NOT NULL,
	"answered_at" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "client_request_engagement" ON "client_request" ("workspace_id", "engagement_id", "id");

CREATE TABLE "commitment" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"text" TEXT NOT NULL,
	"to_contact" INTEGER,
	"due" TEXT NOT NULL,
	"state" TEXT NOT NULL,
	"made_on" TEXT NOT NULL,
	"kept_on" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "to_contact") REFERENCES "contact" ("workspace_id", "id")
);
CREATE INDEX "commitment_engagement" ON "commitment" ("workspace_id", "engagement_id", "id");

CREATE TABLE "interaction" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"summary" TEXT NOT NULL,
	"channel" TEXT NOT NULL,
	"initiated_by" TEXT NOT NULL,
	"date" TEXT NOT NULL,
	"topic" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "interaction_engagement" ON "interaction" ("workspace_id", "engagement_id", "id");

CREATE TABLE "risk" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"text" TEXT NOT NULL,
	"severity" TEXT NOT NULL,
	"found_on" TEXT NOT NULL,
	"state" TEXT NOT NULL,
	"disclosed_on" TEXT,
	"alternatives" TEXT,
	"closed_on" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "risk_engagement" ON "risk" ("workspace_id", "engagement_id", "id");

CREATE TABLE "clause" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"text" TEXT NOT NULL,
	"kind" TEXT NOT NULL,
	"risk" TEXT NOT NULL,
	"state" TEXT NOT NULL,
	"discussed_on" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "clause_engagement" ON "clause" ("workspace_id", "engagement_id", "id");

CREATE TABLE "document" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"title" TEXT NOT NULL,
	"kind" TEXT,
	"location" TEXT,
	"state" TEXT NOT NULL,
	"handed_over_on" TEXT,
	"acknowledged_by" INTEGER,
	"acknowledged_on" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "acknowledged_by") REFERENCES "contact" ("workspace_id", "id")
);
CREATE INDEX "document_engagement" ON "document" ("workspace_id", "engagement_id", "id");

CREATE TABLE "material" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"description" TEXT NOT NULL,
	"quantity" INTEGER NOT NULL,
	"owner" TEXT NOT NULL,
	"state" TEXT NOT NULL,
	"returned_on" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "material_engagement" ON "material" ("workspace_id", "engagement_id", "id");

CREATE TABLE "purchase_order" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"number" TEXT NOT NULL,
	"vendor" TEXT,
	"amount" INTEGER,
	"state" TEXT NOT NULL,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "purchase_order_engagement" ON "purchase_order" ("workspace_id", "engagement_id", "id");

CREATE TABLE "vendor_bill" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"vendor" TEXT NOT NULL,
	"amount" INTEGER NOT NULL,
	"due" TEXT,
	"state" TEXT NOT NULL,
	"paid_on" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "vendor_bill_engagement" ON "vendor_bill" ("workspace_id", "engagement_id", "id");

CREATE TABLE "punch_item" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"text" TEXT NOT NULL,
	"reported_on" TEXT NOT NULL,
	"state" TEXT NOT NULL,
	"fixed_on" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);
CREATE INDEX "punch_item_engagement" ON "punch_item" ("workspace_id", "engagement_id", "id");

CREATE TABLE "retrospective" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"went_well" TEXT,
	"went_badly" TEXT,
	"team" TEXT,
	"held_on" TEXT NOT NULL,
	PRIMARY KEY ("workspace_id", "id"),
	UNIQUE ("workspace_id", "engagement_id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);

CREATE TABLE "exit_interview" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"held_on" TEXT NOT NULL,
	"liked" TEXT,
	"disliked" TEXT,
	"improve" TEXT,
	"rating" INTEGER,
	"would_refer" INTEGER,
	PRIMARY KEY ("workspace_id", "id"),
	UNIQUE ("workspace_id", "engagement_id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);

CREATE TABLE "testimonial" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"requested_on" TEXT NOT NULL,
	"state" TEXT NOT NULL,
	"text" TEXT,
	"may_publish" INTEGER,
	"decided_on" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	UNIQUE ("workspace_id", "engagement_id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);

CREATE TABLE "followup" (
	"workspace_id" INTEGER NOT NULL,
	"id" INTEGER NOT NULL,
	"engagement_id" INTEGER NOT NULL,
	"every" TEXT NOT NULL,
	"next_on" TEXT,
	"occasions" TEXT,
	"last_touch_on" TEXT,
	PRIMARY KEY ("workspace_id", "id"),
	UNIQUE ("workspace_id", "engagement_id"),
	FOREIGN KEY ("workspace_id", "engagement_id") REFERENCES "engagement" ("workspace_id", "id")
);

CREATE TABLE "audit" (
	"workspace_id" INTEGER NOT NULL REFERENCES "workspace" ("id"),
	"seq" INTEGER NOT NULL,
	"at" INTEGER NOT NULL,
	"actor" TEXT NOT NULL,
	"action" TEXT NOT NULL,
	"kind" TEXT NOT NULL,
	"record_id" INTEGER NOT NULL,
	"engagement_id" INTEGER,
	"before" TEXT,
	"after" TEXT,
	"prev_hash" TEXT NOT NULL,
	"hash" TEXT NOT NULL,
	PRIMARY KEY ("workspace_id", "seq")
);
CREATE INDEX "audit_engagement" ON "audit" ("workspace_id", "engagement_id", "seq");
