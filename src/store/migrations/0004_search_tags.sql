-- Search side tables (derived data, kept by triggers like offering_fts; bench/search.ts has the
-- figures). `offering_tag` holds one row per facet value of each offering, with the offering's
-- status, so a filter is an index seek and a facet count reads narrow index rows instead of
-- parsing JSON: at 100k offerings "country DE and certification C5" took 273 ms with json_each
-- over the offering rows, 24 ms here. `offering_tag_count` keeps counts per (facet, value,
-- status): sizes for planning, and the unfiltered catalogue's total and facets without a scan
-- (json_each took 0.5 s for the country facet alone at 100k). Facets: status, provider,
-- country, type, certification, label, regime; `keyword` (lowercased by SQLite's ASCII lower(),
-- which search reproduces) is a filter only. `offering_fields_fts` indexes names and keywords
-- alone, for relevance.
CREATE TABLE `offering_tag` (
  `facet` text NOT NULL,
  `value` text NOT NULL,
  `status` text NOT NULL,
  `pk` integer NOT NULL,
  PRIMARY KEY (`facet`, `value`, `status`, `pk`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `offering_tag_pk_idx` ON `offering_tag` (`pk`, `facet`, `value`);
--> statement-breakpoint
CREATE TABLE `offering_tag_count` (
  `facet` text NOT NULL,
  `value` text NOT NULL,
  `status` text NOT NULL,
  `n` integer NOT NULL,
  PRIMARY KEY (`facet`, `value`, `status`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER `offering_tag_count_ai` AFTER INSERT ON `offering_tag` BEGIN
  INSERT INTO `offering_tag_count` (`facet`, `value`, `status`, `n`)
  VALUES (new.`facet`, new.`value`, new.`status`, 1)
  ON CONFLICT DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `offering_tag_count_ad` AFTER DELETE ON `offering_tag` BEGIN
  UPDATE `offering_tag_count` SET `n` = `n` - 1
  WHERE `facet` = old.`facet` AND `value` = old.`value` AND `status` = old.`status`;
  DELETE FROM `offering_tag_count`
  WHERE `facet` = old.`facet` AND `value` = old.`value` AND `status` = old.`status` AND `n` <= 0;
END;
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
    SELECT DISTINCT 'regime', j.value, new.`status`, new.`pk`
    FROM json_each(new.`data_protection_regimes`) j WHERE j.type = 'text';
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT DISTINCT 'keyword', lower(trim(j.value)), new.`status`, new.`pk`
    FROM json_each(new.`keywords`) j WHERE j.type = 'text' AND trim(j.value) <> '';
END;
--> statement-breakpoint
CREATE TRIGGER `offering_tag_ad` AFTER DELETE ON `offering` BEGIN
  DELETE FROM `offering_tag` WHERE `pk` = old.`pk`;
END;
--> statement-breakpoint
CREATE TRIGGER `offering_tag_au` AFTER UPDATE OF `status`, `provider_id`, `locations`, `types`,
  `certifications`, `label_level`, `data_protection_regimes`, `keywords` ON `offering` BEGIN
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
    SELECT DISTINCT 'regime', j.value, new.`status`, new.`pk`
    FROM json_each(new.`data_protection_regimes`) j WHERE j.type = 'text';
  INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
    SELECT DISTINCT 'keyword', lower(trim(j.value)), new.`status`, new.`pk`
    FROM json_each(new.`keywords`) j WHERE j.type = 'text' AND trim(j.value) <> '';
END;
--> statement-breakpoint
-- Names and keywords alone, for relevance: which fields a query hits, read from short doclists
-- (a column filter on offering_fts decodes the position lists of every hit: 12 ms for a term in
-- 38% of 100k offerings, against 0.2 ms here).
CREATE VIRTUAL TABLE `offering_fields_fts` USING fts5(
  `name`, `keywords`,
  content='offering', content_rowid='pk',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `offering_fields_fts_ai` AFTER INSERT ON `offering` BEGIN
  INSERT INTO `offering_fields_fts`(rowid, `name`, `keywords`)
  VALUES (new.`pk`, new.`name`, new.`keywords`);
END;
--> statement-breakpoint
CREATE TRIGGER `offering_fields_fts_ad` AFTER DELETE ON `offering` BEGIN
  INSERT INTO `offering_fields_fts`(`offering_fields_fts`, rowid, `name`, `keywords`)
  VALUES ('delete', old.`pk`, old.`name`, old.`keywords`);
END;
--> statement-breakpoint
CREATE TRIGGER `offering_fields_fts_au` AFTER UPDATE OF `name`, `keywords` ON `offering` BEGIN
  INSERT INTO `offering_fields_fts`(`offering_fields_fts`, rowid, `name`, `keywords`)
  VALUES ('delete', old.`pk`, old.`name`, old.`keywords`);
  INSERT INTO `offering_fields_fts`(rowid, `name`, `keywords`)
  VALUES (new.`pk`, new.`name`, new.`keywords`);
END;
--> statement-breakpoint
INSERT INTO `offering_fields_fts`(`offering_fields_fts`) VALUES ('rebuild');
--> statement-breakpoint
-- Backfill what the node already holds (the triggers above keep the counts). One statement per
-- facet: D1 refuses compound SELECTs of this many terms.
INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
SELECT 'status', o.`status`, o.`status`, o.`pk` FROM `offering` o;
--> statement-breakpoint
INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
SELECT 'provider', o.`provider_id`, o.`status`, o.`pk` FROM `offering` o WHERE o.`provider_id` <> '';
--> statement-breakpoint
INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
SELECT DISTINCT 'country', j.value ->> '$.countryCode', o.`status`, o.`pk`
FROM `offering` o, json_each(o.`locations`) j WHERE typeof(j.value ->> '$.countryCode') = 'text';
--> statement-breakpoint
INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
SELECT DISTINCT 'type', j.value, o.`status`, o.`pk`
FROM `offering` o, json_each(o.`types`) j WHERE j.type = 'text';
--> statement-breakpoint
INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
SELECT DISTINCT 'certification', j.value ->> '$.scheme', o.`status`, o.`pk`
FROM `offering` o, json_each(o.`certifications`) j WHERE typeof(j.value ->> '$.scheme') = 'text';
--> statement-breakpoint
INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
SELECT 'label', o.`label_level`, o.`status`, o.`pk` FROM `offering` o WHERE o.`label_level` IS NOT NULL;
--> statement-breakpoint
INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
SELECT DISTINCT 'regime', j.value, o.`status`, o.`pk`
FROM `offering` o, json_each(o.`data_protection_regimes`) j WHERE j.type = 'text';
--> statement-breakpoint
INSERT INTO `offering_tag` (`facet`, `value`, `status`, `pk`)
SELECT DISTINCT 'keyword', lower(trim(j.value)), o.`status`, o.`pk`
FROM `offering` o, json_each(o.`keywords`) j WHERE j.type = 'text' AND trim(j.value) <> '';
