-- An attestation (a compliance or label credential: `gx:compliance` or `gx:LabelCredential` among
-- its types) names the credentials it covers as its subjects and describes none of them; from this
-- version the node files it under no subject (`attestsOnly`, validation/rules/compliance.ts). One
-- stored before was filed under the first credential it covers, and so could be a subject's first
-- issuer (migration 0014): a Tagus compliance credential listed before the notary's registration
-- credential, whose id is its subject's, took that subject from the notary, and the notary's
-- renewal was refused. One that backs an index entry (a description typed as an attestation, which
-- the rules refuse from this version) keeps its subject, and stays its describer.
UPDATE `credential` SET `subject_id` = NULL
WHERE `subject_id` IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM json_each(`credential`.`types`)
    WHERE `value` IN ('gx:compliance', 'gx:LabelCredential')
  )
  -- one list, built once (no index holds the entries by credential): a lookup per row would scan
  -- the three tables for each attestation, minutes at 100,000 offerings; credential_hash is NOT NULL
  AND `hash` NOT IN (
    SELECT `credential_hash` FROM `participant`
    UNION ALL SELECT `credential_hash` FROM `offering`
    UNION ALL SELECT `credential_hash` FROM `resource`
  );
