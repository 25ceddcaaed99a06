CREATE TABLE "assemblies" (
	"space_id" uuid PRIMARY KEY NOT NULL,
	"purposes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"panel_size" integer DEFAULT 20 NOT NULL,
	"stipend" jsonb,
	"sessions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recruitment_opens_at" timestamp with time zone,
	"recruitment_closes_at" timestamp with time zone,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"quotas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_run_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assembly_recommendations" (
	"space_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"titles" jsonb NOT NULL,
	"texts" jsonb NOT NULL,
	"votes_for" integer DEFAULT 0 NOT NULL,
	"votes_against" integer DEFAULT 0 NOT NULL,
	"votes_abstain" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assembly_recommendations_space_id_id_pk" PRIMARY KEY("space_id","id")
);
--> statement-breakpoint
CREATE TABLE "assembly_responses" (
	"space_id" uuid NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"stance" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"responded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assembly_responses_space_id_recommendation_id_organisation_id_pk" PRIMARY KEY("space_id","recommendation_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "assembly_runs" (
	"space_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"algorithm" text NOT NULL,
	"lottery_size" integer NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" real DEFAULT 0 NOT NULL,
	"stage" text DEFAULT 'queued' NOT NULL,
	"error" text,
	"result" jsonb,
	"seed_hash" text,
	"seed" text,
	"drawn_at" timestamp with time zone,
	"drawn_ticket" integer,
	"drawn_members" jsonb,
	"started_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "assembly_runs_space_id_id_pk" PRIMARY KEY("space_id","id")
);
--> statement-breakpoint
CREATE TABLE "assembly_volunteers" (
	"space_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"public_id" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"household_hash" text,
	"features" jsonb NOT NULL,
	"source" text NOT NULL,
	"external_id" text,
	"language" text,
	"consent_at" timestamp with time zone,
	"access_token_hash" text,
	"status" text DEFAULT 'pool' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assembly_volunteers_space_id_id_pk" PRIMARY KEY("space_id","id")
);
--> statement-breakpoint
ALTER TABLE "assemblies" ADD CONSTRAINT "assemblies_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_recommendations" ADD CONSTRAINT "assembly_recommendations_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_responses" ADD CONSTRAINT "assembly_responses_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_responses" ADD CONSTRAINT "assembly_responses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_responses" ADD CONSTRAINT "assembly_responses_responded_by_users_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_runs" ADD CONSTRAINT "assembly_runs_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_runs" ADD CONSTRAINT "assembly_runs_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assembly_volunteers" ADD CONSTRAINT "assembly_volunteers_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assembly_runs_status_idx" ON "assembly_runs" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "assembly_volunteers_public_uq" ON "assembly_volunteers" USING btree ("space_id","public_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assembly_volunteers_token_uq" ON "assembly_volunteers" USING btree ("access_token_hash");--> statement-breakpoint
CREATE INDEX "assembly_volunteers_email_idx" ON "assembly_volunteers" USING btree ("space_id","email");