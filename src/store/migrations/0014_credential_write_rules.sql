-- Two rules of the write path, held by the database itself. ingest.ts checks them before its
-- transaction, with findings a partner can act on, but its lookups and its transaction are apart:
-- another request of the process, another serving process or D1 can write in between. Two
-- versions of one credential submitted at the same instant could then both pass, and the older,
-- committed last, would stay the active one; two issuers stating one new subject at once could
-- both pass, and the second would take the first's index entry. A write breaking either rule is
-- rolled back whole, and ingest.ts looks again to answer with the finding.
--
-- Only the newest version of a credential is stored: none older than the active one of its id
-- from its issuer.
CREATE TRIGGER `credential_older_version` BEFORE INSERT ON `credential`
WHEN new.`credential_id` IS NOT NULL AND EXISTS (
  SELECT 1 FROM `credential` AS `held`
  WHERE `held`.`credential_id` = new.`credential_id` AND `held`.`issuer_did` = new.`issuer_did`
    AND `held`.`status` = 'active' AND `held`.`hash` <> new.`hash`
    AND coalesce(`held`.`valid_from`, 0) >= coalesce(new.`valid_from`, 0)
)
BEGIN
  SELECT RAISE(ABORT, 'older-version');
END;
--> statement-breakpoint
-- A participant, offering or resource is described by the issuer that first stated its subject
-- (the first credential stored with it: rowid order, as credentials are never deleted). Its index
-- entry is written from no other issuer's credential: neither a new entry, nor a rewrite from
-- another credential. A rewrite from the same credential (a label, the concepts, a reindex) is not
-- checked, nor an entry no credential names the subject of (rows a tool writes by hand). Other
-- credentials may name the subject (a Tagus compliance credential names the credentials it
-- covers), as before.
CREATE TRIGGER `participant_foreign_subject_insert` BEFORE INSERT ON `participant`
WHEN NOT EXISTS (SELECT 1 FROM `participant` WHERE `id` = new.`id`)
  AND (SELECT `issuer_did` FROM `credential` WHERE `subject_id` = new.`id` ORDER BY rowid LIMIT 1)
    <> (SELECT `issuer_did` FROM `credential` WHERE `hash` = new.`credential_hash`)
BEGIN
  SELECT RAISE(ABORT, 'subject-owned-by-another-issuer');
END;
--> statement-breakpoint
CREATE TRIGGER `participant_foreign_subject` BEFORE UPDATE OF `credential_hash` ON `participant`
WHEN new.`credential_hash` IS NOT old.`credential_hash`
  AND (SELECT `issuer_did` FROM `credential` WHERE `subject_id` = new.`id` ORDER BY rowid LIMIT 1)
    <> (SELECT `issuer_did` FROM `credential` WHERE `hash` = new.`credential_hash`)
BEGIN
  SELECT RAISE(ABORT, 'subject-owned-by-another-issuer');
END;
--> statement-breakpoint
CREATE TRIGGER `offering_foreign_subject_insert` BEFORE INSERT ON `offering`
WHEN NOT EXISTS (SELECT 1 FROM `offering` WHERE `id` = new.`id`)
  AND (SELECT `issuer_did` FROM `credential` WHERE `subject_id` = new.`id` ORDER BY rowid LIMIT 1)
    <> (SELECT `issuer_did` FROM `credential` WHERE `hash` = new.`credential_hash`)
BEGIN
  SELECT RAISE(ABORT, 'subject-owned-by-another-issuer');
END;
--> statement-breakpoint
CREATE TRIGGER `offering_foreign_subject` BEFORE UPDATE OF `credential_hash` ON `offering`
WHEN new.`credential_hash` IS NOT old.`credential_hash`
  AND (SELECT `issuer_did` FROM `credential` WHERE `subject_id` = new.`id` ORDER BY rowid LIMIT 1)
    <> (SELECT `issuer_did` FROM `credential` WHERE `hash` = new.`credential_hash`)
BEGIN
  SELECT RAISE(ABORT, 'subject-owned-by-another-issuer');
END;
--> statement-breakpoint
CREATE TRIGGER `resource_foreign_subject_insert` BEFORE INSERT ON `resource`
WHEN NOT EXISTS (SELECT 1 FROM `resource` WHERE `id` = new.`id`)
  AND (SELECT `issuer_did` FROM `credential` WHERE `subject_id` = new.`id` ORDER BY rowid LIMIT 1)
    <> (SELECT `issuer_did` FROM `credential` WHERE `hash` = new.`credential_hash`)
BEGIN
  SELECT RAISE(ABORT, 'subject-owned-by-another-issuer');
END;
--> statement-breakpoint
CREATE TRIGGER `resource_foreign_subject` BEFORE UPDATE OF `credential_hash` ON `resource`
WHEN new.`credential_hash` IS NOT old.`credential_hash`
  AND (SELECT `issuer_did` FROM `credential` WHERE `subject_id` = new.`id` ORDER BY rowid LIMIT 1)
    <> (SELECT `issuer_did` FROM `credential` WHERE `hash` = new.`credential_hash`)
BEGIN
  SELECT RAISE(ABORT, 'subject-owned-by-another-issuer');
END;
