// DuckDB's own CSV load, the baseline: CREATE TABLE AS SELECT * FROM read_csv(...) into a fresh
// database file, closed (checkpointed) at the end, as the ingest's database is.
import { DuckDBInstance } from '@duckdb/node-api';
const [csvPath, databasePath] = process.argv.slice(2);
const instance = await DuckDBInstance.create(databasePath);
const connection = await instance.connect();
await connection.run(`CREATE TABLE bench AS SELECT * FROM read_csv('${csvPath.replace(/'/g, "''")}')`);
connection.closeSync();
instance.closeSync();
