import { recentUploads, type Upload } from './batch-files.js';
import { Layout, ResultTable } from './layout.js';
import type { UiRoutes } from './ui-context.js';
import { CSRF_FIELD, CSRF_HEADER } from '../csrf.js';
import { withCsrf } from './csrf-field.js';

interface IngestReply {
  batches?: Array<{ file: string; status: string; rowsLoaded: number; dataset: string }>;
  failures?: Array<{ input: string; message: string }>;
  detail?: string;
}

function RecentUploads(props: { uploads: Upload[] }) {
  if (props.uploads.length === 0) return <p class="muted">Nothing ingested yet.</p>;
  return (
    <ResultTable
      id="uploads"
      columns={['file', 'dataset', 'status', 'rows loaded', 'rows quarantined', 'started']}
      rows={props.uploads.map((u) => [
        u.file,
        u.dataset,
        u.status,
        u.rowsLoaded,
        u.rowsQuarantined,
        u.startedAt,
      ])}
    />
  );
}

/** The upload form (it posts to `/api/ingest`) and the latest batches, each named by its file. */
export function registerIngestPage({ app, read, admin, context }: UiRoutes): void {
  const { options, services } = context;
  app.get('/ui/ingest', read, async (c) => {
    const uploads = await recentUploads(services.engine.sink.reader);
    return c.html(
      <Layout title="Ingest" active="/ui/ingest">
        <h1>Ingest files</h1>
        <p class="muted">
          PDFs, images, CSV/TSV/XLSX, Argilla exports. Up to{' '}
          {Math.round(options.maxUploadBytes / 1024 / 1024)} MiB per upload.
        </p>
        <form method="post" action={withCsrf('/ui/ingest')} enctype="multipart/form-data">
          <input type="file" name="file" id="file" multiple />
          <label for="dataset">Dataset (optional)</label>
          <input id="dataset" name="dataset" />
          <button type="submit" id="upload">
            Upload
          </button>
        </form>
        <h2>Recent uploads</h2>
        <RecentUploads uploads={uploads} />
      </Layout>,
    );
  });
  app.post('/ui/ingest', admin, async (c) => {
    // The session's CSRF token was checked on this request; the API call repeats it as a header.
    const headers = new Headers(c.req.raw.headers);
    headers.set(CSRF_HEADER, c.req.query(CSRF_FIELD) ?? '');
    const response = await app.request('/api/ingest?wait=catalog', {
      method: 'POST',
      headers,
      body: c.req.raw.body,
      duplex: 'half',
    } as RequestInit);
    const body = (await response.json()) as IngestReply;
    return c.html(
      <Layout title="Ingest" active="/ui/ingest">
        <h1>Ingest result</h1>
        {body.detail ? <div class="error">{body.detail}</div> : null}
        <ResultTable
          id="ingest-result"
          columns={['file', 'dataset', 'status', 'rows loaded']}
          rows={(body.batches ?? []).map((b) => [b.file, b.dataset, b.status, b.rowsLoaded])}
        />
        {(body.failures ?? []).map((f) => (
          <div class="error">
            {f.input}: {f.message}
          </div>
        ))}
        <a href="/ui/ingest">Upload more</a>
      </Layout>,
      response.status === 413 ? 413 : 200,
    );
  });
}
