-- A subject's first issuer is the first to describe it (migration 0014 read the first to name it).
-- A Tagus compliance credential names the credentials it covers as its subjects, and a notary's
-- registration credential, like some issuers' offerings, bears its subject's id: listed first in a
-- submission, the attestation took the subject from its describer, and a later renewal by either
-- was refused. An attestation (`gx:compliance`, `gx:LabelCredential`: ATTESTATION_TYPES in
-- write-rules.ts, which read-store.ts reads the same way) names subjects and describes none. The
-- types column holds a JSON array of strings.
DROP TRIGGER `participant_foreign_subject_insert`;
--> statement-breakpoint
CREATE TRIGGER `participant_foreign_subject_insert` BEFORE INSERT ON `participant`
WHEN NOT EXISTS (SELECT 1 FROM `participant` WHERE `id` = new.`id`)
  AND (SELECT `issuer_did` FROM `credential` WHERE `subject_id` = new.`id`
      AND instr(`types`, '"gx:compliance"') = 0 AND instr(`types`, '"gx:LabelCredential"') = 0
      ORDER BY rowid LIMIT 1)
    <> (SELECT `issuer_did` FROM `credential` WHERE `hash` = new.`credential_hash`)
BEGIN
  SELECT RAISE(ABORT, 'subject-owned-by-another-issuer');
END;
--> statement-breakpoint
DROP TRIGGER `participant_foreign_subject`;
--> statement-breakpoint
CREATE TRIGGER `participant_foreign_subject` BEFORE UPDATE OF `credential_hash` ON `participant`
WHEN new.`credential_hash` IS NOT old.`credential_hash`
  AND (SELECT `issuer_did` FROM `credential` WHERE `subject_id` = new.`id`
      AND instr(`types`, '"gx:compliance"') = 0 AND instr(`types`, '"gx:LabelCredential"') = 0
      ORDER BY rowid LIMIT 1)
    <> (SELECT `issuer_did` FROM `credential` WHERE `hash` = new.`credential_hash`)
BEGIN
  SELECT RAISE(ABORT, 'subject-owned-by-another-issuer');
END;
--> statement-breakpoint
DROP TRIGGER `offering_foreign_subject_insert`;
--> statement-breakpoint
CREATE TRIGGER `offering_foreign_subject_insert` BEFORE INSERT ON `offering`
WHEN NOT EXISTS (SELECT 1 FROM `offering` WHERE `id` = new.`id`)
  AND (SELECT `issuer_did` FROM `credential` WHERE `subject_id` = new.`id`
      AND instr(`types`, '"gx:compliance"') = 0 AND instr(`types`, '"gx:LabelCredential"') = 0
      ORDER BY rowid LIMIT 1)
    <> (SELECT `issuer_did` FROM `credential` WHERE `hash` = new.`credential_hash`)
BEGIN
  SELECT RAISE(ABORT, 'subject-owned-by-another-issuer');
END;
--> statement-breakpoint
DROP TRIGGER `offering_foreign_subject`;
--> statement-breakpoint
CREATE TRIGGER `offering_foreign_subject` BEFORE UPDATE OF `credential_hash` ON `offering`
WHEN new.`credential_hash` IS NOT old.`credential_hash`
  AND (SELECT `issuer_did` FROM `credential` WHERE `subject_id` = new.`id`
      AND instr(`types`, '"gx:compliance"') = 0 AND instr(`types`, '"gx:LabelCredential"') = 0
      ORDER BY rowid LIMIT 1)
    <> (SELECT `issuer_did` FROM `credential` WHERE `hash` = new.`credential_hash`)
BEGIN
  SELECT RAISE(ABORT, 'subject-owned-by-another-issuer');
END;
--> statement-breakpoint
DROP TRIGGER `resource_foreign_subject_insert`;
--> statement-breakpoint
CREATE TRIGGER `resource_foreign_subject_insert` BEFORE INSERT ON `resource`
WHEN NOT EXISTS (SELECT 1 FROM `resource` WHERE `id` = new.`id`)
  AND (SELECT `issuer_did` FROM `credential` WHERE `subject_id` = new.`id`
      AND instr(`types`, '"gx:compliance"') = 0 AND instr(`types`, '"gx:LabelCredential"') = 0
      ORDER BY rowid LIMIT 1)
    <> (SELECT `issuer_did` FROM `credential` WHERE `hash` = new.`credential_hash`)
BEGIN
  SELECT RAISE(ABORT, 'subject-owned-by-another-issuer');
END;
--> statement-breakpoint
DROP TRIGGER `resource_foreign_subject`;
--> statement-breakpoint
CREATE TRIGGER `resource_foreign_subject` BEFORE UPDATE OF `credential_hash` ON `resource`
WHEN new.`credential_hash` IS NOT old.`credential_hash`
  AND (SELECT `issuer_did` FROM `credential` WHERE `subject_id` = new.`id`
      AND instr(`types`, '"gx:compliance"') = 0 AND instr(`types`, '"gx:LabelCredential"') = 0
      ORDER BY rowid LIMIT 1)
    <> (SELECT `issuer_did` FROM `credential` WHERE `hash` = new.`credential_hash`)
BEGIN
  SELECT RAISE(ABORT, 'subject-owned-by-another-issuer');
END;
