-- A participant is its DID. Rows an earlier version let a second subject id create for the same
-- DID are dropped (the first one indexed stays); they are derived data, the credentials remain.
DELETE FROM `participant` WHERE rowid NOT IN (SELECT min(rowid) FROM `participant` GROUP BY `did`);--> statement-breakpoint
DROP INDEX `participant_did_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `participant_did_unique` ON `participant` (`did`);
