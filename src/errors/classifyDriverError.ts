/** A database failure caused by the request's input, as the 4xx a client should get. */
export type ClientFault = { status: 400 | 409; message: string }

type Rule = { codes: string[]; pattern: RegExp; message: string }

// SQLite (libsql) reports extended result codes and messages; PostgreSQL reports SQLSTATE codes.
// Each message says what was wrong without echoing SQL, table names or values. NOT NULL failures
// of writes are left out: Payload checks required fields first, so one reaching the database is a
// bug. A delete's are not (see `linkedWhileDeleting`).
const RULES: Rule[] = [
  {
    codes: ['SQLITE_CONSTRAINT_FOREIGNKEY', '23503'],
    pattern: /FOREIGN KEY constraint failed|violates foreign key constraint/i,
    message: 'A relationship in the request names a document that does not exist.',
  },
  {
    codes: ['54000'],
    pattern:
      /too many SQL variables|too many (bind )?(parameters|arguments)|bind message supplies/i,
    message: 'The request names too many values at once: send fewer.',
  },
  {
    codes: ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505'],
    pattern: /UNIQUE constraint failed|duplicate key value/i,
    message: 'A value in the request must be unique and is already taken.',
  },
  {
    codes: ['22001'],
    pattern: /value too long|string or blob too big/i,
    message: 'A value in the request is too long.',
  },
  {
    codes: ['22003'],
    pattern: /out of range|integer overflow/i,
    message: 'A number in the request is out of range.',
  },
  {
    codes: ['22P02', '22007', '22008', '22023', '42804'],
    pattern: /invalid input syntax|invalid input value|Only finite numbers|date\/time field value/i,
    message:
      'A value in the request has the wrong type (for example text where a number, an id or a date is expected).',
  },
]

type Link = { code: string; message: string }

/** The error and its `cause` chain (drizzle wraps the driver's error in "Failed query: …"). */
function* chain(err: unknown): Generator<Link> {
  let current: unknown = err
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { code, message, cause } = current as {
      code?: unknown
      message?: unknown
      cause?: unknown
    }
    yield {
      code: typeof code === 'string' ? code : '',
      message: typeof message === 'string' ? message : '',
    }
    current = cause
  }
}

const matches = (rule: Pick<Rule, 'codes' | 'pattern'>, link: Link) =>
  rule.codes.includes(link.code) || rule.pattern.test(link.message)

const FAILED_DELETE = /^Failed query: delete\b/i
const NOT_NULL = {
  codes: ['23502', 'SQLITE_CONSTRAINT_NOTNULL'],
  pattern: /not-null constraint|NOT NULL constraint failed/i,
}

/**
 * A delete that failed on a NOT NULL column its foreign key would clear: a document that requires
 * this one exists after all. `refuseDeleteWhileReferenced` counts those first, so on PostgreSQL it
 * is one linked meanwhile (a comment posted while its article was being deleted commits between
 * the count and the delete). The transaction rolls back; it is a conflict, not a server fault.
 */
function linkedWhileDeleting(err: unknown): boolean {
  let isDelete = false
  for (const link of chain(err)) {
    isDelete ||= FAILED_DELETE.test(link.message)
    if (isDelete && matches(NOT_NULL, link)) return true
  }
  return false
}

/**
 * Whether `err` is a database failure that the request's input caused (a missing related document,
 * too many values, a value of the wrong type or size, a delete of something still linked), and the
 * 4xx to answer it with. Anything else is a server fault and gets `null`.
 */
export function classifyDriverError(err: unknown): ClientFault | null {
  if (linkedWhileDeleting(err)) {
    return {
      status: 409,
      message:
        'Another document points at this one (perhaps linked while it was being deleted), so nothing was deleted: remove that link first or try again.',
    }
  }
  for (const link of chain(err)) {
    const rule = RULES.find((r) => matches(r, link))
    if (rule) return { status: 400, message: rule.message }
  }
  return null
}

/** Whether a message looks like it carries SQL, a stack frame or a file path: never show it. */
export function looksInternal(message: string): boolean {
  return /Failed query|\bselect\b[\s\S]+\bfrom\b|\binsert into\b|\bupdate\b[\s\S]+\bset\b|\n\s+at |\/(?:work|home|usr|app|src|node_modules)\//i.test(
    message,
  )
}
