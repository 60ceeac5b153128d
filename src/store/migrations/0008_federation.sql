CREATE TABLE `peer` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`did` text,
	`kind` text NOT NULL,
	`mirror` integer NOT NULL,
	`cursor` text,
	`last_sync_at` integer,
	`lag` integer,
	`accepted` integer NOT NULL,
	`rejected` integer NOT NULL,
	`unchanged` integer NOT NULL,
	`last_error` text,
	`failures` integer NOT NULL,
	`next_attempt_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `peer_url_unique` ON `peer` (`url`);--> statement-breakpoint
CREATE TABLE `revocation` (
	`hash` text PRIMARY KEY NOT NULL,
	`presentation` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `participant` ADD `onboarded_at` integer;--> statement-breakpoint
-- every participant held before federation was onboarded here (or seeded by the operator)
UPDATE `participant` SET `onboarded_at` = `updated_at` WHERE `origin` = 'local';
