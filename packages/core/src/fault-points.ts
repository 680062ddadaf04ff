/**
 * Named crash points for fault-injection tests (like a database's failpoints). When the
 * environment variable `LIVING_SCHEMA_FAULT_POINT` names a point, the process kills itself with
 * SIGKILL the moment it reaches it — the harshest crash there is, with no cleanup. Unset (always,
 * outside tests) this is a single string comparison.
 *
 * Points: `engine.after-stage` (batch staged, ledger `staged`, before load), `sink.before-commit`
 * (rows written inside the load transaction), `engine.after-load` (committed, before discovery),
 * `discovery.before-version` (catalog rows written, before the schema version),
 * `catalog.before-snapshot` (inside the snapshot transaction).
 * `LIVING_SCHEMA_FAULT_SKIP=n` lets the point pass n times before firing.
 */
let passed = 0;

export function faultPoint(name: string): void {
  const target = process.env.LIVING_SCHEMA_FAULT_POINT;
  if (target === undefined || target !== name) return;
  const skip = Number(process.env.LIVING_SCHEMA_FAULT_SKIP ?? '0');
  if (passed < skip) {
    passed += 1;
    return;
  }
  process.kill(process.pid, 'SIGKILL');
}
