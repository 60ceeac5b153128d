-- Facet counts from one short row per match (derived data, kept by triggers on offering_tag).
-- Counting with GROUP BY over offering_tag cost ~7 µs per match at 100k offerings (29 ms for a
-- term in 4% of them): ~15 index rows read per match, then a sort of every (facet, value). Here a
-- match costs one rowid seek, and search counts the ids in JS (~0.6 µs per match, bench/search.ts).
-- `facet_value` numbers each facet value once; ids are never reused, and values no offering holds
-- any more stay (a few hundred rows). `offering_facet_pack.ids` lists an offering's facet values
-- as comma-separated ids, with the offering's status beside them. Facets: those search counts
-- (FACET_NAMES in search-store.ts), not status and keywords.
CREATE TABLE `facet_value` (
  `id` integer PRIMARY KEY NOT NULL,
  `facet` text NOT NULL,
  `value` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `facet_value_facet_value_idx` ON `facet_value` (`facet`, `value`);
--> statement-breakpoint
CREATE TABLE `offering_facet_pack` (
  `pk` integer PRIMARY KEY NOT NULL,
  `status` text NOT NULL,
  `ids` text NOT NULL
);
--> statement-breakpoint
-- Each tag appends its id to the offering's row; every tag carries the offering's status.
CREATE TRIGGER `offering_facet_pack_ai` AFTER INSERT ON `offering_tag`
WHEN new.`facet` IN ('provider', 'country', 'type', 'certification', 'label', 'regime') BEGIN
  INSERT INTO `facet_value` (`facet`, `value`) VALUES (new.`facet`, new.`value`)
    ON CONFLICT DO NOTHING;
  INSERT INTO `offering_facet_pack` (`pk`, `status`, `ids`)
    SELECT new.`pk`, new.`status`, v.`id` FROM `facet_value` v
    WHERE v.`facet` = new.`facet` AND v.`value` = new.`value`
    ON CONFLICT (`pk`) DO UPDATE SET `ids` = `ids` || ',' || excluded.`ids`, `status` = excluded.`status`;
END;
--> statement-breakpoint
-- @NOTE offering_tag loses its rows an offering at a time (the triggers of 0004 delete them by pk
-- before writing them again), so any deleted tag drops the whole row.
CREATE TRIGGER `offering_facet_pack_ad` AFTER DELETE ON `offering_tag` BEGIN
  DELETE FROM `offering_facet_pack` WHERE `pk` = old.`pk`;
END;
--> statement-breakpoint
-- Backfill what the node already holds (the triggers above keep it from here).
INSERT INTO `facet_value` (`facet`, `value`)
SELECT DISTINCT t.`facet`, t.`value` FROM `offering_tag` t
WHERE t.`facet` IN ('provider', 'country', 'type', 'certification', 'label', 'regime')
ORDER BY t.`facet`, t.`value`;
--> statement-breakpoint
INSERT INTO `offering_facet_pack` (`pk`, `status`, `ids`)
SELECT t.`pk`, max(t.`status`), group_concat(v.`id`) FROM `offering_tag` t
JOIN `facet_value` v ON v.`facet` = t.`facet` AND v.`value` = t.`value`
GROUP BY t.`pk`;
