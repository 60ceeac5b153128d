-- The search catalogue's version: one number, bumped by every write search can see (offerings,
-- and participants, whose names and DIDs searches resolve and show). Search caches its answers
-- under (search, version), and a cached answer is read only under the version it was computed
-- at, so no write can leave one stale. Triggers keep it, as they keep the other search tables,
-- so no write path can forget to.
CREATE TABLE `search_version` (
  `id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
  `n` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `search_version` (`id`, `n`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `search_version_offering_ai` AFTER INSERT ON `offering` BEGIN
  UPDATE `search_version` SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `search_version_offering_au` AFTER UPDATE ON `offering` BEGIN
  UPDATE `search_version` SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `search_version_offering_ad` AFTER DELETE ON `offering` BEGIN
  UPDATE `search_version` SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `search_version_participant_ai` AFTER INSERT ON `participant` BEGIN
  UPDATE `search_version` SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `search_version_participant_au` AFTER UPDATE ON `participant` BEGIN
  UPDATE `search_version` SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `search_version_participant_ad` AFTER DELETE ON `participant` BEGIN
  UPDATE `search_version` SET `n` = `n` + 1;
END;
