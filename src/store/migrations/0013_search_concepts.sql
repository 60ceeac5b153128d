-- Search in the buyer's words, one token per entry of the vocabulary (catalogue/vocabulary.ts): a
-- query naming a certification or a kind of service read one phrase per usual name of it (six
-- for "machine virtuelle", each with its positions: 36 ms at 100,000 offerings). `concepts` holds,
-- for each text field, the tokens of the entries its text names (search-terms.ts writes them), and
-- the full-text indexes now read each field followed by its tokens, from the view below: one
-- doclist per entry, and the tiers of relevance still see in which field it was named. FTS5
-- compares its index with the view (`integrity-check`) and rebuilds from it. The column is empty
-- for what the node held before: a start after this migration reindexes (node-runtime.ts).
ALTER TABLE `offering` ADD `concepts` text DEFAULT '{}' NOT NULL;
--> statement-breakpoint
CREATE VIEW `offering_text` AS SELECT `pk`,
  `name` || coalesce(' ' || (`concepts` ->> '$.name'), '') AS `name`,
  `keywords` || coalesce(' ' || (`concepts` ->> '$.keywords'), '') AS `keywords`,
  `description` || coalesce(' ' || (`concepts` ->> '$.description'), '') AS `description`,
  `synonyms` || coalesce(' ' || (`concepts` ->> '$.synonyms'), '') AS `synonyms`,
  `mentions` || coalesce(' ' || (`concepts` ->> '$.mentions'), '') AS `mentions`
FROM `offering`;
--> statement-breakpoint
DROP TABLE `offering_fts_terms`;
--> statement-breakpoint
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
  content='offering_text', content_rowid='pk',
  tokenize='unicode61 remove_diacritics 2',
  prefix='2 3'
);
--> statement-breakpoint
-- a row as it is written is read from the view; a row as it was, which the index must be told
-- word for word to remove it, is written out as the view reads it
CREATE TRIGGER `offering_fts_ai` AFTER INSERT ON `offering` BEGIN
  INSERT INTO `offering_fts`(rowid, `name`, `keywords`, `description`, `synonyms`, `mentions`)
  SELECT `pk`, `name`, `keywords`, `description`, `synonyms`, `mentions` FROM `offering_text` WHERE `pk` = new.`pk`;
END;
--> statement-breakpoint
CREATE TRIGGER `offering_fts_ad` AFTER DELETE ON `offering` BEGIN
  INSERT INTO `offering_fts`(`offering_fts`, rowid, `name`, `keywords`, `description`, `synonyms`, `mentions`)
  VALUES ('delete', old.`pk`,
    old.`name` || coalesce(' ' || (old.`concepts` ->> '$.name'), ''),
    old.`keywords` || coalesce(' ' || (old.`concepts` ->> '$.keywords'), ''),
    old.`description` || coalesce(' ' || (old.`concepts` ->> '$.description'), ''),
    old.`synonyms` || coalesce(' ' || (old.`concepts` ->> '$.synonyms'), ''),
    old.`mentions` || coalesce(' ' || (old.`concepts` ->> '$.mentions'), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `offering_fts_au` AFTER UPDATE OF `name`, `keywords`, `description`, `synonyms`, `mentions`, `concepts` ON `offering` BEGIN
  INSERT INTO `offering_fts`(`offering_fts`, rowid, `name`, `keywords`, `description`, `synonyms`, `mentions`)
  VALUES ('delete', old.`pk`,
    old.`name` || coalesce(' ' || (old.`concepts` ->> '$.name'), ''),
    old.`keywords` || coalesce(' ' || (old.`concepts` ->> '$.keywords'), ''),
    old.`description` || coalesce(' ' || (old.`concepts` ->> '$.description'), ''),
    old.`synonyms` || coalesce(' ' || (old.`concepts` ->> '$.synonyms'), ''),
    old.`mentions` || coalesce(' ' || (old.`concepts` ->> '$.mentions'), ''));
  INSERT INTO `offering_fts`(rowid, `name`, `keywords`, `description`, `synonyms`, `mentions`)
  SELECT `pk`, `name`, `keywords`, `description`, `synonyms`, `mentions` FROM `offering_text` WHERE `pk` = new.`pk`;
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
  content='offering_text', content_rowid='pk',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `offering_fields_fts_ai` AFTER INSERT ON `offering` BEGIN
  INSERT INTO `offering_fields_fts`(rowid, `name`, `keywords`, `synonyms`)
  SELECT `pk`, `name`, `keywords`, `synonyms` FROM `offering_text` WHERE `pk` = new.`pk`;
END;
--> statement-breakpoint
CREATE TRIGGER `offering_fields_fts_ad` AFTER DELETE ON `offering` BEGIN
  INSERT INTO `offering_fields_fts`(`offering_fields_fts`, rowid, `name`, `keywords`, `synonyms`)
  VALUES ('delete', old.`pk`,
    old.`name` || coalesce(' ' || (old.`concepts` ->> '$.name'), ''),
    old.`keywords` || coalesce(' ' || (old.`concepts` ->> '$.keywords'), ''),
    old.`synonyms` || coalesce(' ' || (old.`concepts` ->> '$.synonyms'), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `offering_fields_fts_au` AFTER UPDATE OF `name`, `keywords`, `synonyms`, `concepts` ON `offering` BEGIN
  INSERT INTO `offering_fields_fts`(`offering_fields_fts`, rowid, `name`, `keywords`, `synonyms`)
  VALUES ('delete', old.`pk`,
    old.`name` || coalesce(' ' || (old.`concepts` ->> '$.name'), ''),
    old.`keywords` || coalesce(' ' || (old.`concepts` ->> '$.keywords'), ''),
    old.`synonyms` || coalesce(' ' || (old.`concepts` ->> '$.synonyms'), ''));
  INSERT INTO `offering_fields_fts`(rowid, `name`, `keywords`, `synonyms`)
  SELECT `pk`, `name`, `keywords`, `synonyms` FROM `offering_text` WHERE `pk` = new.`pk`;
END;
--> statement-breakpoint
INSERT INTO `offering_fields_fts`(`offering_fields_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `offering_fts_terms` USING fts5vocab(`offering_fts`, 'row');
