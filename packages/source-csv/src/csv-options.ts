import { z } from 'zod';
import { canonicalEncoding } from './csv-encoding.js';

export const csvOptionsSchema = z
  .object({
    /** Plugin name (batches carry it as `source`). Default `csv`. */
    name: z.string().min(1).default('csv'),
    /** Dataset every batch loads into. Default: from the file name (`Vessel Export.csv` -> `vessel_export`); `--dataset` / `context.dataset` wins. */
    dataset: z.string().min(1).optional(),
    /** File name endings this source reads. Default `.csv .tsv .tab .psv .txt .xlsx`; each also gzip- or zstd-compressed (`.csv.gz`, `.tsv.zst`). */
    extensions: z.array(z.string().min(1)).default(['.csv', '.tsv', '.tab', '.psv', '.txt', '.xlsx']),
    /** Field delimiter; default: detected by DuckDB's sniffer. */
    delimiter: z.string().min(1).max(4).optional(),
    /** Whether the first row is a header; default: detected. */
    header: z.boolean().optional(),
    /**
     * Text encoding, any name iconv-lite knows (`utf-8`, `utf-16le`, `utf-16be`, `windows-1252`,
     * `shift_jis`, `iso-8859-7`...; `utf-16` and `latin-1` are aliases of `utf-16le` and
     * `windows-1252`). Default: detected (byte-order mark, UTF-8 validity, NUL pattern, then the
     * chardet detector); the batch reports it as `details.encoding`.
     */
    encoding: z
      .string()
      .min(1)
      .refine((name) => canonicalEncoding(name) !== null, { message: 'not an encoding the csv source can decode (try utf-8, utf-16le, utf-16be, windows-1252, shift_jis, iso-8859-7)' })
      .optional(),
    /** Read every column as text (no type detection). Default false. */
    allText: z.boolean().default(false),
    /** Rows the type sniffer samples; -1 samples the whole file (slower, exact). Default 20,480 (DuckDB's default); a value that later does not fit widens the column on a re-read. */
    sampleSize: z.number().int().min(-1).default(20_480),
    /** Longest record in bytes (a 5 MB field needs more than DuckDB's 2 MB default); a longer record is rejected. Default 8 MiB. */
    maxLineBytes: z.number().int().positive().default(8 * 1024 * 1024),
    /** Most columns a file or sheet may have; a wider one is refused naming its width (DuckDB's reader needs memory for every column: 10,000 columns exhaust 512 MB). Default 2,000. */
    maxColumns: z.number().int().positive().default(2000),
    /** Memory DuckDB may use while converting a file (e.g. `512MB`). Default `512MB`, env `LIVING_SCHEMA_CSV_MEMORY_LIMIT`. */
    memoryLimit: z.string().min(1).optional(),
    /** DuckDB threads for the conversion. Default: DuckDB's (one per core), env `LIVING_SCHEMA_CSV_THREADS`. */
    threads: z.number().int().positive().optional(),
    /** XLSX: read only this sheet (name). Default: every sheet with data. */
    sheet: z.string().min(1).optional(),
    /** XLSX zip-bomb and .gz/.zst decompression-bomb guard: total uncompressed bytes allowed. Default 1 GiB. */
    maxUncompressedBytes: z.number().int().positive().default(1024 * 1024 * 1024),
    /** XLSX zip-bomb guard: largest uncompressed/compressed ratio allowed for an entry bigger than 1 MiB. Default 200. */
    maxCompressionRatio: z.number().positive().default(200),
    /** Environment to read defaults from. Default `process.env`. */
    env: z.record(z.string(), z.string().optional()).optional(),
  })
  .strict();

export type CsvSourceOptions = z.input<typeof csvOptionsSchema>;
export type ResolvedCsvSourceOptions = z.output<typeof csvOptionsSchema>;
