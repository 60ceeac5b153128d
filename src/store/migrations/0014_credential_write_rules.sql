-- Two rules of the write path, held by the database itself: ingest.ts checks them before its
-- transaction, with findings a partner can act on, but its lookups and its transaction are apart
-- (another request of the process, another serving process or D1 can write in between). Two
-- versions of one credential submitted at the same instant could then both pass, and the older,
-- committed last, would stay the active one; two issuers stating one new subject at once could both
-- write its index entry. A write breaking either rule is rolled back whole, and ingest.ts looks again
-- to answer with the finding.
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
CREATE TRIGGER `credential_foreign_subject` BEFORE INSERT ON `credential`
WHEN new.`subject_id` IS NOT NULL AND EXISTS (
  SELECT 1 FROM `credential` AS `held`
  WHERE `held`.`subject_id` = new.`subject_id` AND `held`.`issuer_did` <> new.`issuer_did`
)
BEGIN
  SELECT RAISE(ABORT, 'subject-owned-by-another-issuer');
END;
