ALTER TABLE `offering` ADD `synonyms` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `offering` ADD `mentions` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `offering` ADD `eligible_level` text;