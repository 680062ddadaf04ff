import type { Command } from 'commander';
import { checkLlm, checkNode, checkOptionalPackages, checkStaging, checkStore } from '../doctor/doctor-checks.js';
import { checkPlugins } from '../doctor/doctor-plugins.js';
import { doctorReport, formatDoctorReport, type DoctorReport } from '../doctor/doctor-report.js';
import { databasePath, stagingDirectory } from '../engine-factory.js';
import { printJson, type GlobalOptions } from '../output.js';

/** Runs every check in order; none stops the others. */
export async function runDoctor(options: GlobalOptions): Promise<DoctorReport> {
  const plugins = await checkPlugins(options.config);
  const llm = checkLlm(plugins.llm, process.env, plugins.llmPlugin);
  const provider = typeof llm.data?.provider === 'string' ? llm.data.provider : 'offline';
  return doctorReport([
    checkNode(),
    await checkStore(databasePath(options)),
    await checkStaging(options.staging?.startsWith('s3://') ? options.staging : stagingDirectory(options)),
    plugins.check,
    llm,
    checkOptionalPackages(provider),
  ]);
}

export function registerDoctor(program: Command, globals: () => GlobalOptions): void {
  program
    .command('doctor')
    .description('check Node, the store and its migrations, staging, the configured plugins, the LLM provider and optional packages (exit 1 on a problem)')
    .action(async () => {
      const options = globals();
      const report = await runDoctor(options);
      if (options.json) printJson(report);
      else process.stdout.write(formatDoctorReport(report));
      if (!report.ok) process.exitCode = 1;
    });
}
