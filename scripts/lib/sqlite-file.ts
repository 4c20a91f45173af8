// A SQLite database file from the export's tables (src/export/tables.ts),
// made with sql.js: SQLite compiled to WebAssembly, so there is no native
// module to build and nothing for npm to run at install (better-sqlite3 12.x
// would need its install script and a prebuilt binary or a compiler). The
// database lives in memory and comes out as the bytes of a normal SQLite 3
// file; for the graphs this explorer holds that is a few megabytes.
import initSqlJs from "sql.js";
import { createStatements, insertStatement, type SqlTable } from "../../src/export/tables";

export async function sqliteFile(tables: SqlTable[]): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  try {
    db.run("PRAGMA page_size = 4096");
    db.run("BEGIN");
    for (const t of tables) {
      for (const statement of createStatements(t)) db.run(statement);
      const insert = db.prepare(insertStatement(t));
      try {
        for (const row of t.rows) insert.run(row);
      } finally {
        insert.free();
      }
    }
    db.run("COMMIT");
    return db.export();
  } finally {
    db.close();
  }
}
