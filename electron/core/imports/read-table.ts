import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { MAX_IMPORT_ROWS, type TextEncoding } from '../../../shared/contract';
import { AppError } from '../../../shared/result';

const refuse = (message: string) => new AppError('VALIDATION', message, { fields: [{ path: 'dataBase64', message }] });

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10); // a date cell is a calendar day
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
};

/**
 * A CSV's text. UTF-16 is recognised by its BOM (Excel's "Unicode Text"); UTF-8 is tried
 * next; bytes that are not UTF-8 are what Excel and LibreOffice write as plain "CSV" on
 * Windows (Windows-1252, a superset of Latin-1), read as such and reported so people can
 * check the accented letters.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Reads a CSV (comma, semicolon or tab) or an XLSX (first sheet) into a header and rows of
 * text. Anything else — another format, binary content, no header, too many rows — is
 * refused with the reason, before any row is looked at.
 */
export async function readTable(fileName: string, bytes: Buffer): Promise<{ format: 'csv' | 'xlsx'; encoding: TextEncoding | null; columns: string[]; rows: Record<string, string>[] }> {
  const isZip = bytes.subarray(0, 2).toString('latin1') === 'PK';
  const ext = fileName.toLowerCase().split('.').pop();
  if (isZip || ext === 'xlsx') {
    if (!isZip) throw refuse('Berkas berakhiran .xlsx tetapi isinya bukan XLSX.');
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw refuse('Berkas bukan XLSX yang dapat dibaca (rusak, atau format lain seperti .xls lama).');
    }
    const ws = wb.worksheets[0];
    if (!ws || ws.rowCount < 1) throw refuse('Lembar pertama XLSX kosong.');
    if (ws.rowCount - 1 > MAX_IMPORT_ROWS) throw refuse(`Berkas memuat ${(ws.rowCount - 1).toLocaleString('id-ID')} baris; paling banyak ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} per impor. Bagi berkasnya.`);
    const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => cellText(v).trim());
    const rows: Record<string, string>[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n === 1) return;
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      rows.push(Object.fromEntries(header.map((h, i) => [h, cellText(values[i]).trim()])));
    });
    return { format: 'xlsx', encoding: null, columns: header.filter(Boolean), rows };
  }
  if (ext !== 'csv' && ext !== 'txt') throw refuse(`Jenis berkas .${ext} tidak didukung: gunakan CSV atau XLSX.`);
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\0')) throw refuse('Berkas ini bukan teks CSV (UTF-16 tanpa penanda BOM, atau berkas biner). Di Excel simpan dengan "CSV UTF-8 (Comma delimited)".');
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const columns = (parsed.meta.fields ?? []).filter(Boolean);
  if (columns.length < 2) throw refuse('Baris pertama CSV harus berisi nama-nama kolom (pemisah koma atau titik koma).');
  if (parsed.data.length > MAX_IMPORT_ROWS) throw refuse(`Berkas memuat ${parsed.data.length.toLocaleString('id-ID')} baris; paling banyak ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} per impor. Bagi berkasnya.`);
  return { format: 'csv', encoding, columns, rows: parsed.data.map((r) => Object.fromEntries(columns.map((c) => [c, String(r[c] ?? '').trim()]))) };
}
