/** `ok`: nothing to do; `note`: worth knowing, not wrong; `problem`: fix it (exit status 1). */
export type CheckStatus = 'ok' | 'note' | 'problem';

/** One line of `living-schema doctor`: what was checked, how it stands, and the facts behind it. */
export interface DoctorCheck {
  check: 'node' | 'store' | 'staging' | 'plugins' | 'llm' | 'optional-packages';
  status: CheckStatus;
  /** One sentence for people; with a problem, what to do. */
  detail: string;
  data?: Record<string, unknown>;
}

export interface DoctorReport {
  /** False when any check is a problem. */
  ok: boolean;
  checks: DoctorCheck[];
}

export function doctorReport(checks: DoctorCheck[]): DoctorReport {
  return { ok: checks.every((check) => check.status !== 'problem'), checks };
}

const MARK: Record<CheckStatus, string> = { ok: 'ok     ', note: 'note   ', problem: 'PROBLEM' };

/** The report for people: one line per check, the problems counted at the end. */
export function formatDoctorReport(report: DoctorReport): string {
  const lines = report.checks.map((check) => `${MARK[check.status]}  ${check.check.padEnd(17)} ${check.detail}`);
  const problems = report.checks.filter((check) => check.status === 'problem').length;
  lines.push(problems === 0 ? 'No problems found.' : `${problems} problem(s) found.`);
  return `${lines.join('\n')}\n`;
}
