import { z } from 'zod';

export const argillaOptionsSchema = z
  .object({
    /** Base URL of the Argilla server, e.g. `http://localhost:6900`. Default: env `ARGILLA_API_URL`; an http(s) input overrides it. */
    apiUrl: z.string().url().optional(),
    /** API key sent as `X-Argilla-Api-Key`. Default: env `ARGILLA_API_KEY`. Never logged. */
    apiKey: z.string().min(1).optional(),
    /** Dataset name on the server. Default: the ingest `--dataset`, else env `ARGILLA_DATASET`. */
    dataset: z.string().min(1).optional(),
    /** Workspace name, needed when two workspaces hold a dataset of the same name. */
    workspace: z.string().min(1).optional(),
    /** Records per request and per batch (Argilla allows at most 1000). Default 1000. */
    pageSize: z.number().int().min(1).max(1000).default(1000),
    /**
     * Field the span questions point into when no settings name it (an export without
     * `.argilla/settings.json`). Default: detected, the one text field every span fits in (or,
     * of several, the longest in every record); an export where that is ambiguous is refused.
     */
    textField: z.string().min(1).optional(),
    /** Only sync records changed since the last successful sync (cursor kept in the store). Default true. */
    incremental: z.boolean().default(true),
    /** Attempts per request on network errors and 5xx answers. Default 3. */
    retries: z.number().int().min(1).max(10).default(3),
    /** Request timeout. Default 30,000 ms. */
    timeoutMs: z.number().int().min(100).default(30_000),
    /** The fetch implementation (tests pass their own). Default: global fetch. */
    fetch: z.custom<typeof fetch>((value) => typeof value === 'function', { message: 'must be a fetch function' }).optional(),
    /** Environment variables read for defaults. Default `process.env`. */
    env: z.record(z.string(), z.string().optional()).optional(),
  })
  .strict();

export type ArgillaSourceOptions = z.input<typeof argillaOptionsSchema>;
export type ResolvedArgillaSourceOptions = z.output<typeof argillaOptionsSchema>;
