import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core'
import type {
  credential,
  didDocument,
  event,
  offering,
  participant,
  resource,
  schema,
} from './schema.js'

export type Db = BaseSQLiteDatabase<'sync' | 'async', unknown, typeof schema>

export type CredentialRow = typeof credential.$inferSelect
export type ParticipantRow = typeof participant.$inferSelect
export type OfferingRow = typeof offering.$inferSelect
/** An offering as lists show it: the row without what only the full-text index reads. */
export type ListedOffering = Omit<OfferingRow, 'synonyms' | 'mentions' | 'concepts'>
export type EventRow = typeof event.$inferSelect
export type ResourceRow = typeof resource.$inferSelect
export type DidDocumentRow = typeof didDocument.$inferSelect

export type NewOffering = Omit<typeof offering.$inferInsert, 'pk'>

/** One logical change: a credential, the index rows derived from it and its event. */
export type CredentialWrite = {
  credential: CredentialRow
  participant?: ParticipantRow
  offering?: NewOffering
  resource?: ResourceRow
}

export type Page<T> = { items: T[]; next: string | null }
export type PageRequest = { limit: number; cursor?: string }

export type Counts = { participants: number; offerings: number; credentials: number }
