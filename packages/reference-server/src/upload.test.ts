import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { receiveUpload } from './upload.js';

// Regression (test/load, hostile HTTP): a multipart part whose header is malformed (a file name
// with CR/LF in it) made busboy fail twice, once into a promise nobody awaited: the unhandled
// rejection ended the server process.

function multipart(body: string, boundary = 'XBOUNDARY') {
  return new Request('http://127.0.0.1/api/ingest', { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body });
}

describe('receiveUpload', () => {
  it('a malformed part header is a 400 for that request, nothing kept, and no unhandled rejection', async () => {
    const directory = join(mkdtempSync(join(tmpdir(), 'ls-upload-')), 'upload');
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const body = ['--XBOUNDARY', 'Content-Disposition: form-data; name="file"; filename="evil', '\u0000name.csv"', 'Content-Type: text/csv', '', 'id,name', '1,a', '--XBOUNDARY--', ''].join('\r\n');
      await expect(receiveUpload(multipart(body), directory, { maxBytes: 1_000_000, maxFiles: 5 })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/multipart body could not be read: Malformed part header/) });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
      expect(() => readdirSync(directory)).toThrow(/ENOENT/);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('a well-formed upload still streams to disk under a safe name', async () => {
    const directory = join(mkdtempSync(join(tmpdir(), 'ls-upload-')), 'upload');
    const body = ['--XBOUNDARY', 'Content-Disposition: form-data; name="file"; filename="../../../etc/passwd.csv"', 'Content-Type: text/csv', '', 'id,name', '1,a', '--XBOUNDARY--', ''].join('\r\n');
    const result = await receiveUpload(multipart(body), directory, { maxBytes: 1_000_000, maxFiles: 5 });
    expect(result.files).toEqual([{ field: 'file', filename: 'passwd.csv', path: join(directory, '1', 'passwd.csv'), bytes: 12 }]);
  });
});
