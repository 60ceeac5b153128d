-- A credential id's versions from one issuer (what a new version supersedes, and the active one a
-- submission is compared with) in one index. With credential_id_idx beside credential_issuer_idx,
-- SQLite chose the issuer's and read every credential that issuer holds, for each credential
-- written: 107 µs each at 200 per issuer, growing with the catalogue. The new index starts with
-- the id, so it also answers what credential_id_idx did.
DROP INDEX `credential_id_idx`;
--> statement-breakpoint
CREATE INDEX `credential_version_idx` ON `credential` (`credential_id`, `issuer_did`, `status`);
