/**
 * Structured one-line JSON logs. Named loggers keep the source of a line obvious; secrets are
 * never passed here (the admin token and keys stay out of every log call).
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent'
export type LogFields = Record<string, unknown>
export type Logger = {
  debug(message: string, fields?: LogFields): void
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  error(message: string, fields?: LogFields): void
  child(name: string): Logger
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 }

/**
 * @example
 * const log = createLogger('http', 'info')
 * log.warn('slow request', { requestId, ms: 830 })
 */
export function createLogger(name: string, level: LogLevel = 'info'): Logger {
  const write = (lvl: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields) => {
    if (rank[lvl] < rank[level]) return
    const line = JSON.stringify({
      time: new Date().toISOString(),
      level: lvl,
      logger: name,
      message,
      ...fields,
    })
    // console is the one sink both runtimes share (Workers forward it to their log stream)
    if (lvl === 'error' || lvl === 'warn') console.error(line)
    else console.log(line)
  }
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (child) => createLogger(`${name}.${child}`, level),
  }
}
