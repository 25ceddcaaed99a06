ALTER TABLE "assembly_volunteers" ALTER COLUMN "name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "assemblies" ADD COLUMN "personal_data_erase_on" date;--> statement-breakpoint
ALTER TABLE "assemblies" ADD COLUMN "personal_data_erased_at" timestamp with time zone;