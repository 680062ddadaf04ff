import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describeSourceContract } from '@living-schema/core/testing';
import { csv } from './csv-source.js';

const fixtures = join(import.meta.dirname, '__fixtures__');
const directory = mkdtempSync(join(tmpdir(), 'ls-csv-contract-'));
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('Vessels');
sheet.addRow(['IMO Number', 'Vessel Name']);
sheet.addRow([9100000, 'Aurora']);
const xlsx = join(directory, 'vessels.xlsx');
await workbook.xlsx.writeFile(xlsx);
const empty = join(directory, 'empty.csv');
writeFileSync(empty, '');
const binary = join(directory, 'binary.csv');
writeFileSync(binary, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)));

await describeSourceContract('csv', {
  create: () => csv(),
  readable: [join(fixtures, 'vessels.csv'), join(fixtures, 'vessels.tsv'), join(fixtures, 'ragged.csv'), xlsx],
  unreadable: [empty, binary, join(directory, 'missing.csv')],
});
