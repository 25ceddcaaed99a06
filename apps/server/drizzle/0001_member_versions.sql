ALTER TABLE "organisation_members" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "space_members" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;