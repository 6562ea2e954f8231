CREATE TABLE "email_change_cancel_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_change_requests" ADD COLUMN "old_email" text;--> statement-breakpoint
ALTER TABLE "email_change_requests" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_change_requests" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_change_cancel_tokens" ADD CONSTRAINT "email_change_cancel_tokens_request_id_email_change_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."email_change_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_change_cancel_tokens_request_idx" ON "email_change_cancel_tokens" USING btree ("request_id");