import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStagingContract } from './testing/index.js';
import { localStaging } from './staging-local.js';

await describeStagingContract('local folder', { create: () => localStaging({ directory: mkdtempSync(join(tmpdir(), 'ls-local-staging-')) }) });
