import { ErrorCodes, LivingSchemaError } from './errors.js';

/** True when `error` says that `packageName` itself (not something it imports) is not installed. */
function isMissing(error: unknown, packageName: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  return typeof message === 'string' && ['\'', '"'].some((quote) => message.includes(`${quote}${packageName}${quote}`) || message.includes(`${quote}${packageName}/`));
}

/**
 * Loads an optional package (an LLM SDK, an XLSX or OCR engine) on first use. The package is an
 * optional peer dependency, so a library install does not carry it; when it is missing, the
 * error names it and the command that installs it, instead of Node's bare module-not-found.
 * `load` is the literal `import('<name>')`, so bundlers still see the import.
 *
 * @param packageName the npm package `load` imports, e.g. `openai`
 * @param purpose what needs it, as the message's subject, e.g. `the openai LLM provider`
 * @example
 * const { default: OpenAI } = await importOptionalPackage('openai', 'the openai LLM provider', () => import('openai'));
 * @throws LivingSchemaError `LS_PACKAGE_NOT_INSTALLED` (details: `{ package, purpose }`)
 */
export async function importOptionalPackage<T>(packageName: string, purpose: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isMissing(error, packageName)) throw error;
    throw new LivingSchemaError({
      code: ErrorCodes.PACKAGE_NOT_INSTALLED,
      message: `${purpose} needs the package "${packageName}", which is not installed. Run \`npm install ${packageName}\` in your project.`,
      details: { package: packageName, purpose },
      cause: error,
    });
  }
}
