// gxc backup <file> --data-dir <dir>: a consistent copy of the node's database, taken with
// SQLite's online backup while the node keeps serving and writing (better-sqlite3 `backup()`).
import type { Command } from 'commander'
import { renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { exists } from './documents.js'
import type { CliHost, CommandContext } from './index.js'
import { CliError, EXIT } from './output.js'
import { duration, progress } from './progress.js'

type BackupOptions = { dataDir: string; force?: boolean }

export const DATABASE_FILE = 'catalogue.db'
// After a first step, the rest in one: a step is one read of a consistent snapshot (WAL readers
// do not block the node's writers), whereas a write between small steps restarts the copy, which
// a node under steady writes would do forever.
const PAGES_PER_STEP = 1000

export function registerBackup(program: Command, host: CliHost): void {
  program
    .command('backup')
    .description(host.t('backup.description'))
    .argument('<file>', host.t('backup.arg.file'))
    .addOption(host.dataDirOption('opt.data-dir'))
    .option('--force', host.t('opt.force'))
    .addHelpText('after', host.t('backup.example'))
    .action(host.action((cli, file: string, options: BackupOptions) => backup(cli, file, options)))
}

async function backup({ out, deps }: CommandContext, file: string, options: BackupOptions) {
  const database = join(options.dataDir, DATABASE_FILE)
  if (!exists(database)) {
    throw new CliError(2, out.t('backup.no-database', { file: database }), [], 'file-unreadable')
  }
  if (exists(file) && !options.force) {
    throw new CliError(1, out.t('backup.exists', { file }), [], 'file-exists')
  }
  const source = deps.runtime.openDatabase(database, { readonly: true })
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`)
  const bar = progress(out, out.t('backup.progress'))
  try {
    let copied = 0
    const { totalPages } = await source.sqlite.backup(temp, {
      progress: ({ totalPages, remainingPages }) => {
        bar.total(totalPages)
        bar.tick(totalPages - remainingPages - copied)
        copied = totalPages - remainingPages
        return Math.max(totalPages, PAGES_PER_STEP)
      },
    })
    renameSync(temp, file)
    bar.done()
    const bytes = statSync(file).size
    out.result({ file, database, pages: totalPages, bytes, seconds: bar.elapsedMs() / 1000 })
    out.line(
      `${out.paint('green', '✓')} ${out.t('backup.done', { file, mib: (bytes / 2 ** 20).toFixed(1), time: duration(bar.elapsedMs()) })}`,
    )
    return EXIT.done
  } catch (error) {
    bar.done()
    rmSync(temp, { force: true })
    if (error instanceof CliError) throw error
    throw new CliError(
      2,
      out.t('backup.failed', { reason: (error as Error).message }),
      [],
      'failed',
    )
  } finally {
    source.close()
  }
}
