CREATE TABLE `credential` (
	`hash` text PRIMARY KEY NOT NULL,
	`credential_id` text,
	`issuer_did` text NOT NULL,
	`subject_id` text,
	`types` text NOT NULL,
	`document` text NOT NULL,
	`format` text NOT NULL,
	`proof_type` text NOT NULL,
	`status` text NOT NULL,
	`valid_from` integer,
	`valid_until` integer,
	`origin` text NOT NULL,
	`received_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `credential_id_idx` ON `credential` (`credential_id`);--> statement-breakpoint
CREATE INDEX `credential_subject_idx` ON `credential` (`subject_id`);--> statement-breakpoint
CREATE INDEX `credential_issuer_idx` ON `credential` (`issuer_did`);--> statement-breakpoint
CREATE TABLE `did_doc` (
	`did` text PRIMARY KEY NOT NULL,
	`document` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `event` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`credential_id` text,
	`hash` text NOT NULL,
	`subject_id` text,
	`types` text NOT NULL,
	`origin` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_kind_hash_idx` ON `event` (`kind`,`hash`);--> statement-breakpoint
CREATE TABLE `offering` (
	`pk` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`credential_hash` text NOT NULL,
	`credential_id` text,
	`provider_id` text NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`types` text NOT NULL,
	`keywords` text NOT NULL,
	`locations` text NOT NULL,
	`certifications` text NOT NULL,
	`data_protection_regimes` text NOT NULL,
	`depends_on` text NOT NULL,
	`label_level` text,
	`status` text NOT NULL,
	`issued_at` integer NOT NULL,
	`valid_until` integer,
	`origin` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `offering_id_unique` ON `offering` (`id`);--> statement-breakpoint
CREATE INDEX `offering_provider_idx` ON `offering` (`provider_id`);--> statement-breakpoint
CREATE INDEX `offering_status_name_idx` ON `offering` (`status`,`name`);--> statement-breakpoint
CREATE INDEX `offering_updated_idx` ON `offering` (`updated_at`);--> statement-breakpoint
CREATE TABLE `participant` (
	`id` text PRIMARY KEY NOT NULL,
	`did` text NOT NULL,
	`name` text NOT NULL,
	`country_code` text,
	`registration_numbers` text NOT NULL,
	`credential_hash` text NOT NULL,
	`status` text NOT NULL,
	`origin` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `participant_did_idx` ON `participant` (`did`);--> statement-breakpoint
CREATE TABLE `resource` (
	`id` text PRIMARY KEY NOT NULL,
	`credential_hash` text NOT NULL,
	`types` text NOT NULL,
	`locations` text NOT NULL,
	`parts` text NOT NULL,
	`origin` text NOT NULL,
	`updated_at` integer NOT NULL
);
