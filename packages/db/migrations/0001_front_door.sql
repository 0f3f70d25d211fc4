ALTER TABLE "submissions" ADD COLUMN "request_id" text;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "guest_address" text;--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_request" ON "submissions" USING btree ("user_id","request_id");--> statement-breakpoint
CREATE INDEX "submissions_guest_address_unfinished" ON "submissions" USING btree ("guest_address") WHERE status <> 'finished' and guest_address is not null;