-- Full-text index over offerings (derived data: rebuilt by reindex). External content keeps one
-- copy of the text; unicode61 with remove_diacritics 2 makes "securite" find "sécurité".
CREATE VIRTUAL TABLE `offering_fts` USING fts5(
  `name`, `keywords`, `description`,
  content='offering', content_rowid='pk',
  tokenize='unicode61 remove_diacritics 2',
  prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `offering_fts_ai` AFTER INSERT ON `offering` BEGIN
  INSERT INTO `offering_fts`(rowid, `name`, `keywords`, `description`)
  VALUES (new.`pk`, new.`name`, new.`keywords`, new.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `offering_fts_ad` AFTER DELETE ON `offering` BEGIN
  INSERT INTO `offering_fts`(`offering_fts`, rowid, `name`, `keywords`, `description`)
  VALUES ('delete', old.`pk`, old.`name`, old.`keywords`, old.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `offering_fts_au` AFTER UPDATE OF `name`, `keywords`, `description` ON `offering` BEGIN
  INSERT INTO `offering_fts`(`offering_fts`, rowid, `name`, `keywords`, `description`)
  VALUES ('delete', old.`pk`, old.`name`, old.`keywords`, old.`description`);
  INSERT INTO `offering_fts`(rowid, `name`, `keywords`, `description`)
  VALUES (new.`pk`, new.`name`, new.`keywords`, new.`description`);
END;
