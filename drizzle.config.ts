import { defineConfig } from 'drizzle-kit'

// One migrations folder feeds drizzle's better-sqlite3 migrator, `wrangler d1 migrations apply`
// and the Workers test pool.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/store/schema.ts',
  out: './src/store/migrations',
})
