ALTER TABLE "consultation_comments" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD COLUMN "edited_at" timestamp with time zone;