// The Gaia-X reference files the conformance tests compare against, inside the repository so that
// a fresh clone tests alone: schemas/reference/gaia-x/README.md gives each file's provenance and
// licence. The node never reads them at run time.
export const gaiaXReference = new URL('../../schemas/reference/gaia-x/', import.meta.url)
