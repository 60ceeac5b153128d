-- Search in the buyer's words (derived data, like 0001 and 0004; catalogue/vocabulary.ts has the
-- words). The full-text indexes take the two columns 0009 added: `synonyms` (the usual names of an
-- offering's granted certifications and of its kind of service) in both, so that relevance ranks
-- them with the keywords; `mentions` (certifications its evidence says are not granted yet) in
-- offering_fts only, found by the text but ranked with the description. FTS5 tables cannot gain
-- a column: both are made again and rebuilt from the offering rows. The columns are empty for
-- what the node held before this migration: `POST /api/v1/admin/reindex` (or `gxc admin reindex`)
-- writes them, as it does after any change of the vocabulary.
DROP TRIGGER `offering_fts_ai`;
--> statement-breakpoint
DROP TRIGGER `offering_fts_ad`;
--> statement-breakpoint
DROP TRIGGER `offering_fts_au`;
--> statement-breakpoint
DROP TABLE `offering_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `offering_fts` USING fts5(
  `name`, `keywords`, `description`, `synonyms`, `mentions`,
  content='offering', content_rowid='pk',
  tokenize='unicode61 remove_diacritics 2',
  prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `offering_fts_ai` AFTER INSERT ON `offering` BEGIN
  INSERT INTO `offering_fts`(rowid, `name`, `keywords`, `description`, `synonyms`, `mentions`)
  VALUES (new.`pk`, new.`name`, new.`keywords`, new.`description`, new.`synonyms`, new.`mentions`);
END;
--> statement-breakpoint
CREATE TRIGGER `offering_fts_ad` AFTER DELETE ON `offering` BEGIN
  INSERT INTO `offering_fts`(`offering_fts`, rowid, `name`, `keywords`, `description`, `synonyms`, `mentions`)
  VALUES ('delete', old.`pk`, old.`name`, old.`keywords`, old.`description`, old.`synonyms`, old.`mentions`);
END;
--> statement-breakpoint
CREATE TRIGGER `offering_fts_au` AFTER UPDATE OF `name`, `keywords`, `description`, `synonyms`, `mentions` ON `offering` BEGIN
  INSERT INTO `offering_fts`(`offering_fts`, rowid, `name`, `keywords`, `description`, `synonyms`, `mentions`)
  VALUES ('delete', old.`pk`, old.`name`, old.`keywords`, old.`description`, old.`synonyms`, old.`mentions`);
  INSERT INTO `offering_fts`(rowid, `name`, `keywords`, `description`, `synonyms`, `mentions`)
  VALUES (new.`pk`, new.`name`, new.`keywords`, new.`description`, new.`synonyms`, new.`mentions`);
END;
--> statement-breakpoint
INSERT INTO `offering_fts`(`offering_fts`) VALUES ('rebuild');
--> statement-breakpoint
DROP TRIGGER `offering_fields_fts_ai`;
--> statement-breakpoint
DROP TRIGGER `offering_fields_fts_ad`;
--> statement-breakpoint
DROP TRIGGER `offering_fields_fts_au`;
--> statement-breakpoint
DROP TABLE `offering_fields_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `offering_fields_fts` USING fts5(
  `name`, `keywords`, `synonyms`,
  content='offering', content_rowid='pk',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `offering_fields_fts_ai` AFTER INSERT ON `offering` BEGIN
  INSERT INTO `offering_fields_fts`(rowid, `name`, `keywords`, `synonyms`)
  VALUES (new.`pk`, new.`name`, new.`keywords`, new.`synonyms`);
END;
--> statement-breakpoint
CREATE TRIGGER `offering_fields_fts_ad` AFTER DELETE ON `offering` BEGIN
  INSERT INTO `offering_fields_fts`(`offering_fields_fts`, rowid, `name`, `keywords`, `synonyms`)
  VALUES ('delete', old.`pk`, old.`name`, old.`keywords`, old.`synonyms`);
END;
--> statement-breakpoint
CREATE TRIGGER `offering_fields_fts_au` AFTER UPDATE OF `name`, `keywords`, `synonyms` ON `offering` BEGIN
  INSERT INTO `offering_fields_fts`(`offering_fields_fts`, rowid, `name`, `keywords`, `synonyms`)
  VALUES ('delete', old.`pk`, old.`name`, old.`keywords`, old.`synonyms`);
  INSERT INTO `offering_fields_fts`(rowid, `name`, `keywords`, `synonyms`)
  VALUES (new.`pk`, new.`name`, new.`keywords`, new.`synonyms`);
END;
--> statement-breakpoint
INSERT INTO `offering_fields_fts`(`offering_fields_fts`) VALUES ('rebuild');
--> statement-breakpoint
-- The indexed words with the number of offerings holding each, read for "did you mean" (the
-- closest indexed word to one that finds nothing).
CREATE VIRTUAL TABLE `offering_fts_terms` USING fts5vocab(`offering_fts`, 'row');
--> statement-breakpoint
-- The `label` facet also holds the level an offering's own credentials meet, as `eligible:<level>`
-- (`label=eligible:L2`), next to the attested level (`label=L2`). It counts only while the offering
-- is active and its provider an active participant here, as the sovereignty profile's criteria
-- say (sc-credentials, sc-provider): so the offering's status is read here, and a provider's
-- approval or suspension (which writes no offering) rewrites its offerings' tags below.
DROP TRIGGER `offering_tag_ai`;
--> statement-breakpoint
CREATE TRIGGER `offering_tag_ai` AFTER INSERT ON `offering` BEGIN
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    VALUES ('status', new.`status`, new.`status`, new.`pk`);
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT 'provider', new.`provider_id`, new.`status`, new.`pk` WHERE new.`provider_id` <> '';
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT DISTINCT 'country', j.value ->> '$.countryCode', new.`status`, new.`pk`
    FROM json_each(new.`locations`) j WHERE typeof(j.value ->> '$.countryCode') = 'text';
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT DISTINCT 'type', j.value, new.`status`, new.`pk`
    FROM json_each(new.`types`) j WHERE j.type = 'text';
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT DISTINCT 'certification', j.value ->> '$.scheme', new.`status`, new.`pk`
    FROM json_each(new.`certifications`) j WHERE typeof(j.value ->> '$.scheme') = 'text';
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT 'label', new.`label_level`, new.`status`, new.`pk` WHERE new.`label_level` IS NOT NULL;
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT 'label', 'eligible:' || new.`eligible_level`, new.`status`, new.`pk`
    WHERE new.`eligible_level` IS NOT NULL AND new.`status` = 'active'
      AND EXISTS (SELECT 1 FROM `participant` p WHERE p.`id` = new.`provider_id` AND p.`status` = 'active');
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT DISTINCT 'regime', j.value, new.`status`, new.`pk`
    FROM json_each(new.`data_protection_regimes`) j WHERE j.type = 'text';
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT DISTINCT 'keyword', lower(trim(j.value)), new.`status`, new.`pk`
    FROM json_each(new.`keywords`) j WHERE j.type = 'text' AND trim(j.value) <> '';
END;
--> statement-breakpoint
DROP TRIGGER `offering_tag_au`;
--> statement-breakpoint
CREATE TRIGGER `offering_tag_au` AFTER UPDATE OF `status`, `provider_id`, `locations`, `types`,
  `certifications`, `label_level`, `eligible_level`, `data_protection_regimes`, `keywords` ON `offering` BEGIN
  DELETE FROM `offering_tag` WHERE `pk` = old.`pk`;
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    VALUES ('status', new.`status`, new.`status`, new.`pk`);
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT 'provider', new.`provider_id`, new.`status`, new.`pk` WHERE new.`provider_id` <> '';
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT DISTINCT 'country', j.value ->> '$.countryCode', new.`status`, new.`pk`
    FROM json_each(new.`locations`) j WHERE typeof(j.value ->> '$.countryCode') = 'text';
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT DISTINCT 'type', j.value, new.`status`, new.`pk`
    FROM json_each(new.`types`) j WHERE j.type = 'text';
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT DISTINCT 'certification', j.value ->> '$.scheme', new.`status`, new.`pk`
    FROM json_each(new.`certifications`) j WHERE typeof(j.value ->> '$.scheme') = 'text';
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT 'label', new.`label_level`, new.`status`, new.`pk` WHERE new.`label_level` IS NOT NULL;
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT 'label', 'eligible:' || new.`eligible_level`, new.`status`, new.`pk`
    WHERE new.`eligible_level` IS NOT NULL AND new.`status` = 'active'
      AND EXISTS (SELECT 1 FROM `participant` p WHERE p.`id` = new.`provider_id` AND p.`status` = 'active');
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT DISTINCT 'regime', j.value, new.`status`, new.`pk`
    FROM json_each(new.`data_protection_regimes`) j WHERE j.type = 'text';
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT DISTINCT 'keyword', lower(trim(j.value)), new.`status`, new.`pk`
    FROM json_each(new.`keywords`) j WHERE j.type = 'text' AND trim(j.value) <> '';
END;
--> statement-breakpoint
-- A provider becoming, or ceasing to be, an active participant: its offerings' tags are written
-- again (the `eligible_level` written to itself fires offering_tag_au above).
CREATE TRIGGER `offering_eligible_participant_ai` AFTER INSERT ON `participant`
WHEN new.`status` = 'active' BEGIN
  UPDATE `offering` SET `eligible_level` = `eligible_level`
  WHERE `provider_id` = new.`id` AND `eligible_level` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `offering_eligible_participant_au` AFTER UPDATE OF `status` ON `participant`
WHEN (old.`status` = 'active') <> (new.`status` = 'active') BEGIN
  UPDATE `offering` SET `eligible_level` = `eligible_level`
  WHERE `provider_id` = new.`id` AND `eligible_level` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `offering_eligible_participant_ad` AFTER DELETE ON `participant`
WHEN old.`status` = 'active' BEGIN
  UPDATE `offering` SET `eligible_level` = `eligible_level`
  WHERE `provider_id` = old.`id` AND `eligible_level` IS NOT NULL;
END;
--> statement-breakpoint
-- Backfill (nothing on an upgrade, as 0009's columns are empty; the bench reuses it after a bulk
-- load, as it reuses 0004's).
INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
SELECT 'label', 'eligible:' || o.`eligible_level`, o.`status`, o.`pk` FROM `offering` o
WHERE o.`eligible_level` IS NOT NULL AND o.`status` = 'active'
  AND EXISTS (SELECT 1 FROM `participant` p WHERE p.`id` = o.`provider_id` AND p.`status` = 'active');
