// The help text and the errors that mean "the command line was wrong" (exit code 2).

export const EXIT_OK = 0;
/** The command ran but could not do what was asked (wrong code, broken chain, refused file). */
export const EXIT_FAILED = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `madoguchi-admin — maintenance on the machine that runs Madoguchi (窓口)

Usage: npm run admin -- <command> [options]
       node out/main/cli.js <command> [options]
       madoguchi-admin <command> [options]      (installed: the app's executable with --admin)

Commands:
  init [--name-kana <ｶﾅ>] [--name <漢字>]
        Create the data folder, the site's audit key (audit.key) and the first administrator
        (A0001). Both PINs are typed twice with the echo off (from a pipe: one per line). Prints
        a recovery code once; keep it on paper in a locked place — it is stored only as a hash.
        Copy audit.key to every other terminal of the site.
  recover-admin --id <A0001>
        Asks for the recovery code, clears the administrator's 利用中止 / 封鎖, prints a
        temporary login PIN (both PINs must be set anew at the next login) and a new recovery
        code. The old code stops working. Everything is recorded in the audit log.
  seed-demo
        Load the demo data into an empty database (see README for the demo staff).
  backup <file>
        Write a consistent copy of the database to <file>, even while the app is running.
        SQLite only: when store.url points at PostgreSQL, back up PostgreSQL with pg_dump.
  restore <file>
        Replace the database with <file> after checking it (integrity, Madoguchi schema, not
        newer than this version, and its audit chain with the site's key and the anchors it
        reaches). Stop the app first. The current database is kept beside it as
        madoguchi.sqlite.<time>.bak; anchors past the backup's end are set aside beside
        audit-anchors.jsonl. SQLite only, like backup.
  verify-audit [--anchors <file>]
        Check the audit log's chain with the site's audit key (audit.key in the data folder, or
        config audit.keyFile / $MADOGUCHI_AUDIT_KEY_FILE) and against the anchors in
        audit-anchors.jsonl (or <file>); exit code 1 when a row was edited or removed, rows were
        cut after an anchor, or there is no key to check with.
  audit anchor [--out <file>]
        Write the chain's head {at, lastId, lastHash} as one line to audit-anchors.jsonl in the
        data folder (or append it to <file>, e.g. on a USB stick kept elsewhere) and print it. The
        app also writes one at start and every day.
  store copy --from <url> --to <url>
        Move a site between stores (SQLite → PostgreSQL when a second terminal arrives, or
        back). A URL is a SQLite file path (relative to the data folder), sqlite:<path>, or
        postgres://user@host:port/database (the password from the URL or $PGPASSWORD). Stop
        every terminal first. The target must be empty; row counts of both sides are printed
        and the target's audit chain is verified. Sessions are not copied.
  status [--json]
        The site's health, as the staff health screen shows it: app and schema version, the
        store, the mail queue, the last backup, free disk, the last audit verification and
        anchor, and the terminals with their version and last heartbeat. Each item is OK, WARN
        or FAIL with a reason. Exit code 0 when all are OK, 1 when anything needs attention (for
        a site's monitoring); --json prints the report as JSON (fields overall, <item>.status,
        <item>.reason).
  catalogue import <file> [--dry-run]
        Import the library's catalogue from a CSV or TSV file (UTF-8, with or without BOM, or
        Shift_JIS; headers in Japanese or English: 資料ID/barcode, ISBN, 書名/title, 著者, 出版者,
        出版年, NDC, 所蔵館/branch, 状態, 種別). An item already in the catalogue is updated by its
        資料ID. Prints the counts (new, updated, unchanged, refused) and every refused line with
        its line number, column and reason; a file with any refused line is not written at all
        (exit code 1). --dry-run checks and counts without writing. Recorded in the audit log.
  sip2 check
        Connect to the library's ILS as config.json's library.sip2 says (the password from
        passwordEnv or passwordFile), log in, send SC status, and print what the ILS supports
        and the round-trip time. Run it first when installing with library.system = sip2.

Options:
  --data-dir <path>   The data folder. Default: $MADOGUCHI_DATA_DIR, else the app's own:
                      installed, the machine's (%ProgramData%\\Madoguchi, /var/lib/madoguchi);
                      from a source checkout, the user's (~/.config/madoguchi, %APPDATA%\\madoguchi,
                      ~/Library/Application Support/madoguchi).
                      Its config.json (store.url, or $MADOGUCHI_STORE_URL) says where the
                      database is, as for the app.
  --version           Print the app's version and the database schema version it brings.
  -h, --help          Show this text.

Exit codes: 0 done, 1 refused or failed, 2 wrong command line.`;
