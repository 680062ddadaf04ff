import { ErrorCodes, LivingSchemaError } from '@living-schema/core';
import type { QueryMode } from '@living-schema/query-llm';
import type { ServerClient } from './server-client.js';

/** The body of the server's `POST /api/query`. */
export interface ServerQueryRequest {
  sql?: string;
  question?: string;
  mode?: QueryMode;
  asOf?: string;
  reportId?: string;
  maxRows?: number;
  timeoutMs?: number;
}

/** The answer of the server's `POST /api/query`. */
export interface ServerQueryAnswer {
  executionId: string;
  sql: string;
  columns: string[];
  columnTypes?: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  mode: string;
  asOf?: string | null;
  provider?: string;
  repaired?: boolean;
}

/** A saved report as the server lists it (the query layer's `SavedReport`, as JSON). */
export interface ServerReport {
  id: string;
  name: string;
  [field: string]: unknown;
}

/** Runs a question or SQL on the server holding the store. */
export function queryThroughServer(server: ServerClient, request: ServerQueryRequest): Promise<ServerQueryAnswer> {
  return server.post<ServerQueryAnswer>('/api/query', request);
}

/** Every saved report on the server, in the order the query layer lists them. */
export async function reportsOnServer(server: ServerClient): Promise<ServerReport[]> {
  return (await server.get<{ reports: ServerReport[] }>('/api/reports')).reports;
}

/** The report named (or with the id) `nameOrId`, as the query layer's `reports.get` finds it. */
export async function findReportOnServer(server: ServerClient, nameOrId: string): Promise<ServerReport> {
  const report = (await reportsOnServer(server)).find((r) => r.name === nameOrId || r.id === nameOrId);
  if (report) return report;
  // The query layer's words for the same miss (query-report-store.ts), so both paths print one message.
  throw new LivingSchemaError({
    code: ErrorCodes.NOT_FOUND,
    message: `No saved report named "${nameOrId}". List them with \`living-schema reports list\`.`,
    details: { report: nameOrId },
  });
}

/** The id of a saved report, for `reportId` (snapshot mode as of its watermark). */
export async function findReportId(server: ServerClient, nameOrId: string): Promise<string> {
  return (await findReportOnServer(server, nameOrId)).id;
}
