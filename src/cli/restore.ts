// gxc restore <file> --data-dir <dir>: puts a backup back as the node's database, after SQLite's
// integrity_check of the backup; never over a database a running node holds, and over any
// database only with --force.
import type { Command } from 'commander'
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { DATABASE_FILE } from './backup.js'
import { exists } from './documents.js'
import type { CliHost, CommandContext } from './index.js'
import { CliError, EXIT } from './output.js'

type RestoreOptions = { dataDir: string; force?: boolean }

export function registerRestore(program: Command, host: CliHost): void {
  program
    .command('restore')
    .description(host.t('restore.description'))
    .argument('<file>', host.t('restore.arg.file'))
    .addOption(host.dataDirOption('opt.data-dir'))
    .option('--force', host.t('restore.opt.force'))
    .addHelpText('after', host.t('restore.example'))
    .action(
      host.action((cli, file: string, options: RestoreOptions) => restore(cli, file, options)),
    )
}

async function restore({ out, deps }: CommandContext, file: string, options: RestoreOptions) {
  if (!exists(file)) {
    throw new CliError(
      2,
      out.t('file.unreadable', { file, reason: out.t('file.missing') }),
      [],
      'file-unreadable',
    )
  }
  checkBackup(deps, out, file)
  const target = join(options.dataDir, DATABASE_FILE)
  if (exists(target)) {
    if (!options.force)
      throw new CliError(1, out.t('restore.exists', { file: target }), [], 'file-exists')
    if (deps.runtime.databaseInUse(target)) {
      throw new CliError(1, out.t('restore.in-use', { file: target }), [], 'database-in-use')
    }
  }
  mkdirSync(options.dataDir, { recursive: true })
  const temp = `${target}.restoring`
  try {
    copyFileSync(file, temp)
    // the old log and index belong to the old file: left beside the new one, SQLite would replay them
    for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true })
    renameSync(temp, target)
  } catch (error) {
    rmSync(temp, { force: true })
    throw new CliError(
      2,
      out.t('restore.failed', { reason: (error as Error).message }),
      [],
      'failed',
    )
  }
  out.result({ file, database: target })
  out.line(`${out.paint('green', '✓')} ${out.t('restore.done', { file, target })}`)
  return EXIT.done
}

/** The backup must be a sound SQLite file holding a catalogue: integrity_check says `ok`. */
function checkBackup(deps: CommandContext['deps'], out: CommandContext['out'], file: string): void {
  let problems: string[]
  try {
    const database = deps.runtime.openDatabase(file, { readonly: true })
    try {
      const rows = database.sqlite.pragma('integrity_check') as { integrity_check: string }[]
      problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok')
      const tables = database.sqlite
        .prepare(
          "select name from sqlite_master where type = 'table' and name in ('credential', 'event')",
        )
        .all()
      if (tables.length < 2) problems.push(out.t('restore.not-catalogue'))
    } finally {
      database.close()
    }
  } catch (error) {
    problems = [(error as Error).message]
  }
  if (problems.length > 0) {
    throw new CliError(
      1,
      out.t('restore.unsound', { file, problems: problems.slice(0, 5).join('; ') }),
      [],
      'backup-unsound',
    )
  }
}
