import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ErrorCodes, LivingSchemaError, type ErrorCode } from '@living-schema/core';
import { SERVER_FAULT_CODES, statusOfCode, toProblem } from './problem.js';

// Every code documented in docs/errors.md answers its own status: a refusal of the request is a
// 4xx, an upstream that failed a 502, a full disk 507; only the server's own faults (a plugin
// that failed, a migration, a missing package) stay 500. Issue 14 found five codes answering 500.
const errorsGuide = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
const documented = [...errorsGuide.matchAll(/^## (LS_[A-Z_]+)$/gm)].map((m) => m[1] as ErrorCode);

describe('the status of every documented error code', () => {
  it('docs/errors.md documents exactly the codes core defines', () => {
    expect(new Set(documented)).toEqual(new Set(Object.values(ErrorCodes)));
  });

  it.each(documented)('%s is not a 500 unless it is a server fault', (code) => {
    const body = toProblem(new LivingSchemaError({ code, message: `a ${code}` }));
    expect(body.code).toBe(code);
    expect(body.status).toBe(statusOfCode(code));
    if (SERVER_FAULT_CODES.has(code)) expect(body.status).toBe(500);
    else expect(body.status, `${code} answered ${body.status}`).not.toBe(500);
  });

  it('the table in docs/errors.md gives each code the status the server answers', () => {
    const section = errorsGuide.slice(errorsGuide.indexOf('## HTTP status of each code'));
    const rows = [...section.matchAll(/^\| (\d{3}) \| (.+) \|$/gm)];
    const listed = rows.flatMap(([, status, codes]) =>
      [...codes!.matchAll(/`(LS_[A-Z_]+)`/g)].map((m) => [m[1], Number(status)] as const),
    );
    expect(listed.length).toBeGreaterThan(0);
    for (const [code, status] of listed) expect([code, statusOfCode(code as ErrorCode)]).toEqual([code, status]);
    expect(new Set(listed.map(([code]) => code))).toEqual(new Set(documented));
  });
});
