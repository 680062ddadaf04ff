/** One rule a plugin must follow. `run` throws a {@link ContractViolation} (or any error) when the plugin breaks it. */
export interface ContractCheck<Context> {
  name: string;
  run(context: Context): Promise<void>;
}

export class ContractViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractViolation';
  }
}

export interface ContractOutcome {
  check: string;
  passed: boolean;
  /** Why the check failed, in words a plugin author can act on. */
  message?: string;
}

/** Asserts `condition`, else throws a readable violation. */
export function expectThat(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractViolation(message);
}

/** Runs every check and reports each outcome; never throws. */
export async function runContractChecks<Context>(checks: ReadonlyArray<ContractCheck<Context>>, context: Context): Promise<ContractOutcome[]> {
  const outcomes: ContractOutcome[] = [];
  for (const check of checks) {
    try {
      await check.run(context);
      outcomes.push({ check: check.name, passed: true });
    } catch (error) {
      outcomes.push({ check: check.name, passed: false, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}

/** Registers each check as a vitest test, so a plugin author sees one line per rule. */
export async function registerWithVitest<Context>(
  suiteName: string,
  checks: ReadonlyArray<ContractCheck<Context>>,
  makeContext: () => Promise<Context> | Context,
  dispose?: (context: Context) => Promise<void> | void,
): Promise<void> {
  const { describe, it } = await import('vitest');
  describe(suiteName, () => {
    for (const check of checks) {
      it(check.name, async () => {
        const context = await makeContext();
        try {
          await check.run(context);
        } finally {
          await dispose?.(context);
        }
      });
    }
  });
}
