CREATE TABLE "network_join_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"organisation_id" uuid,
	"user_id" uuid,
	"requested_by" uuid NOT NULL,
	"message" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_join_requests_one_kind" CHECK ((organisation_id is null) <> (user_id is null))
);
--> statement-breakpoint
CREATE TABLE "network_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"organisation_id" uuid,
	"user_id" uuid,
	"role" text DEFAULT 'member' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_members_one_kind" CHECK ((organisation_id is null) <> (user_id is null))
);
--> statement-breakpoint
CREATE TABLE "networks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"names" jsonb NOT NULL,
	"purposes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"kind" text NOT NULL,
	"join_policy" text DEFAULT 'approval' NOT NULL,
	"sdgs" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"website" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_vector" "tsvector",
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "networks_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "pairing_cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"confirmed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pairing_pairs" (
	"cohort_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"counterpart_id" uuid NOT NULL,
	"score" real NOT NULL,
	"reasons" jsonb NOT NULL,
	"source" text DEFAULT 'proposed' NOT NULL,
	CONSTRAINT "pairing_pairs_cohort_id_person_id_pk" PRIMARY KEY("cohort_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "pairing_participants" (
	"cohort_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"side" text NOT NULL,
	CONSTRAINT "pairing_participants_cohort_id_user_id_pk" PRIMARY KEY("cohort_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "person_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"headlines" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"bios" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"country" text,
	"jurisdiction" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"expertise" text[] DEFAULT '{}'::text[] NOT NULL,
	"open_to_sdgs" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"open_to_tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact_email" text,
	"visibility" jsonb DEFAULT '{"about":"public","expertise":"public","memberships":"signed_in","contact":"partners"}'::jsonb NOT NULL,
	"search_vector" "tsvector",
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "descriptions" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "jurisdiction" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "working_languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "sdgs" smallint[] DEFAULT '{}'::smallint[] NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
ALTER TABLE "network_join_requests" ADD CONSTRAINT "network_join_requests_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_join_requests" ADD CONSTRAINT "network_join_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_join_requests" ADD CONSTRAINT "network_join_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_join_requests" ADD CONSTRAINT "network_join_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_join_requests" ADD CONSTRAINT "network_join_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_cohorts" ADD CONSTRAINT "pairing_cohorts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_cohorts" ADD CONSTRAINT "pairing_cohorts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_pairs" ADD CONSTRAINT "pairing_pairs_cohort_id_pairing_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."pairing_cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_pairs" ADD CONSTRAINT "pairing_pairs_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_pairs" ADD CONSTRAINT "pairing_pairs_counterpart_id_users_id_fk" FOREIGN KEY ("counterpart_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_participants" ADD CONSTRAINT "pairing_participants_cohort_id_pairing_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."pairing_cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_participants" ADD CONSTRAINT "pairing_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_profiles" ADD CONSTRAINT "person_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_join_requests_network_idx" ON "network_join_requests" USING btree ("network_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "network_members_org_uq" ON "network_members" USING btree ("network_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_members_user_uq" ON "network_members" USING btree ("network_id","user_id");--> statement-breakpoint
CREATE INDEX "network_members_org_idx" ON "network_members" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "network_members_user_idx" ON "network_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "networks_search_idx" ON "networks" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "pairing_cohorts_org_idx" ON "pairing_cohorts" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pairing_pairs_counterpart_uq" ON "pairing_pairs" USING btree ("cohort_id","counterpart_id");--> statement-breakpoint
CREATE INDEX "person_profiles_search_idx" ON "person_profiles" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "person_profiles_country_idx" ON "person_profiles" USING btree ("country");--> statement-breakpoint
CREATE INDEX "organisations_search_idx" ON "organisations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "organisations_sdgs_idx" ON "organisations" USING gin ("sdgs");