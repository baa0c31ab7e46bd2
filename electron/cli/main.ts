/**
 * The command line door: `pendamping <command>`. Same core, same envelope, same rules as
 * the app. Exit codes for `call`: 0 ok, 2 VALIDATION, 1 any other error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Result } from '../../shared/result';
import { describeChannels } from './channels';
import { resolveDataDir } from './data-dir';
import { seed } from './seed/index';
import { printLetter } from './letter';
import { exportToFile, importFromFile } from './export';
import { resolve } from 'node:path';
import { AppError } from '../../shared/result';
import { createBackup, writeBackup } from '../core/backups/backup';
import { restoreCommand } from './restore';
import { moveIn } from '../core/backups/move';
import { writeKeyFile } from '../db/key-file';
import { requireAdmin } from './admin-only';
import { CommandRefused, describeInit, initFolder, openCommandGate, openForCommand } from './unlock';
import { auditList, auditVerify } from './audit';
import { fileToken, recordAudit } from '../core/audit/record';

const HELP = `Pendamping — baris perintah

  pendamping init [--data-dir D]               siapkan folder data: admin pertama (nama, nama pengguna, frasa sandi)
                                               dan kunci pemulihan, dicetak sekali; data lama berkas 'key' ikut dilindungi
  pendamping channels [--json]                 daftar semua kanal dan skema masukannya
  pendamping call KANAL [JSON|-] [--data-dir D] jalankan satu kanal; '-' membaca JSON dari stdin
  pendamping letter RUJUKAN_ID --out BERKAS.pdf [--paper a4|f4] [--summary]
                                               terbitkan surat rujukan (atau cetak ulang yang sudah terbit)
  pendamping export (--case ID | --all) --format pdf|json|csv|xlsx [--paper a4|f4] [--table clients|cases|visits|referrals|tasks]
                    [--redact] [--password P] [--bundle] --out BERKAS
                                               ekspor (--redact: dianonimkan; --password: zip AES-256; --bundle: zip dengan lampiran)
  pendamping import BERKAS.json|BERKAS.zip [--password P]
                                               impor ekspor kasus (semua atau tidak sama sekali)
  pendamping import KLIEN.csv|KLIEN.xlsx [--dry-run] [--skip-invalid]
                                               impor daftar klien (periksa tiap baris; simpan sekaligus)
  pendamping backup [--out BERKAS]             cadangan terenkripsi (ke folder cadangan, atau BERKAS)
  pendamping restore BERKAS                    pulihkan cadangan (diperiksa dulu; salinan pengaman dibuat); ke folder data baru
                                               yang belum disiapkan: keyring.json di samping BERKAS ikut dipakai
  pendamping move-out --out BERKAS.zip --password P   paket pindah ke laptop baru (data + akun, dikunci kata sandi)
  pendamping move-in BERKAS.zip --password P --data-dir FOLDER_BARU
                                               pasang paket pindah di laptop baru
  pendamping seed --clients N [--visits-per-case N] [--long-cases N] [--data-dir D]
                                               isi data contoh (klien, kasus, kunjungan, pasung, alat bantu)
  pendamping audit verify                      periksa keutuhan jejak audit (keluar 1 dan sebutkan baris yang diubah, disisipkan atau dihapus)
  pendamping audit list [--from TGL] [--to TGL] [--action A] [--worker ID] [--case ID] [--client ID] [--outcome ok|ditolak|galat]
                    [--before SEQ] [--limit N]   baris jejak audit terbaru

Folder data: --data-dir, atau PENDAMPING_DATA_DIR, atau ~/.pendamping
Membuka data: PENDAMPING_USER dan PENDAMPING_PASSPHRASE, atau ditanya di terminal (frasa sandi tidak ditampilkan).
init tanpa terminal: PENDAMPING_INIT_NAME, PENDAMPING_USER, PENDAMPING_PASSPHRASE.`;

const SESSION_CHANNELS = new Set(['session:status', 'session:setup', 'session:unlock', 'session:recover', 'session:lock']);

export function exitCodeFor(result: Result<unknown>): number {
  if (result.ok) return 0;
  return result.error.code === 'VALIDATION' ? 2 : 1;
}

function readInput(arg: string | undefined): { ok: true; input: unknown } | { ok: false; message: string } {
  if (arg === undefined) return { ok: true, input: undefined };
  const text = arg === '-' ? readFileSync(0, 'utf8') : arg;
  if (text.trim() === '') return { ok: true, input: undefined };
  try {
    return { ok: true, input: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: `Masukan bukan JSON yang sah: ${(e as Error).message}` };
  }
}

export async function main(argv: string[]): Promise<number> {
  try {
    return await command(argv);
  } catch (e) {
    // Not set up, locked, a wrong passphrase: said plainly, nothing changed.
    if (e instanceof CommandRefused) {
      console.error(e.message);
      return e.exitCode;
    }
    throw e;
  }
}

async function command(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      dir: { type: 'string' },
      clients: { type: 'string' },
      seed: { type: 'string' },
      'visits-per-case': { type: 'string' },
      'long-cases': { type: 'string' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      paper: { type: 'string' },
      summary: { type: 'boolean', default: false },
      case: { type: 'string', multiple: true },
      all: { type: 'boolean', default: false },
      format: { type: 'string' },
      table: { type: 'string' },
      redact: { type: 'boolean', default: false },
      password: { type: 'string' },
      bundle: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      'skip-invalid': { type: 'boolean', default: false },
      // audit list
      from: { type: 'string' },
      to: { type: 'string' },
      action: { type: 'string' },
      worker: { type: 'string' },
      client: { type: 'string' },
      outcome: { type: 'string' },
      before: { type: 'string' },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    console.log(HELP);
    return command || values.help ? 0 : 2;
  }

  if (command === 'channels') {
    const list = describeChannels();
    if (values.json) console.log(JSON.stringify(list, null, 2));
    else for (const c of list) console.log(`${c.channel}${c.mutates ? ' (mengubah data)' : ''}\n  ${c.summary}\n  masukan: ${JSON.stringify(c.input)}\n`);
    return 0;
  }

  if (command === 'init') {
    const dir = resolveDataDir(values.dir ?? values['data-dir']);
    console.log(describeInit(dir, await initFolder(dir)));
    return 0;
  }

  if (command === 'call') {
    const [channel, arg] = rest;
    if (!channel) {
      console.error('Sebutkan kanal: pendamping call KANAL [JSON|-]. Lihat: pendamping channels');
      return 2;
    }
    const input = readInput(arg);
    if (!input.ok) {
      console.log(JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: input.message } }, null, 2));
      return 2;
    }
    // The session channels answer without unlocking (status, setup, unlock, recover, lock).
    const core = SESSION_CHANNELS.has(channel) ? openCommandGate(resolveDataDir(values['data-dir'])) : await openForCommand(resolveDataDir(values['data-dir']));
    try {
      const result = await core.callAsync(channel, input.input);
      console.log(JSON.stringify(result, null, 2));
      return exitCodeFor(result);
    } finally {
      await core.close();
    }
  }

  if (command === 'letter') {
    const [referralId] = rest;
    if (!referralId || !values.out) {
      console.error('Pakai: pendamping letter RUJUKAN_ID --out BERKAS.pdf [--paper a4|f4] [--summary]');
      return 2;
    }
    if (values.paper !== undefined && values.paper !== 'a4' && values.paper !== 'f4') {
      console.error('--paper harus a4 atau f4.');
      return 2;
    }
    const core = await openForCommand(resolveDataDir(values['data-dir']));
    try {
      const result = await printLetter(core, { referralId, out: values.out, paper: values.paper, withSummary: values.summary });
      if (!result.ok) {
        console.error(result.error.message);
        return exitCodeFor(result);
      }
      console.log(result.value);
      return 0;
    } finally {
      await core.close();
    }
  }

  if (command === 'export' || command === 'import') {
    if (command === 'export' && (!values.out || !values.format || (!values.all && !values.case?.length))) {
      console.error('Pakai: pendamping export (--case ID | --all) --format pdf|json|csv|xlsx [--paper a4|f4] [--table T] --out BERKAS');
      return 2;
    }
    if (command === 'import' && !rest[0]) {
      console.error('Pakai: pendamping import BERKAS.json');
      return 2;
    }
    const core = await openForCommand(resolveDataDir(values['data-dir']));
    try {
      const r =
        command === 'export'
          ? await exportToFile(core, {
              caseIds: values.all ? 'all' : values.case!,
              format: values.format!,
              table: values.table,
              out: values.out!,
              redact: values.redact,
              password: values.password,
              bundle: values.bundle,
              paper: values.paper,
            })
          : await importFromFile(core, rest[0], values.password, { dryRun: values['dry-run'], skipInvalid: values['skip-invalid'] });
      if (!r.ok) {
        console.error(r.error.message);
        return exitCodeFor(r);
      }
      console.log(r.value);
      return 0;
    } finally {
      await core.close();
    }
  }

  if (command === 'move-out' || command === 'move-in') {
    if (!values.password || (command === 'move-out' ? !values.out : !rest[0])) {
      console.error('Pakai: pendamping move-out --out BERKAS.zip --password P  |  pendamping move-in BERKAS.zip --password P --data-dir FOLDER_BARU');
      return 2;
    }
    try {
      if (command === 'move-in') {
        const dir = resolveDataDir(values['data-dir']);
        const moved = await moveIn(dir, readFileSync(resolve(rest[0])), values.password, (key) => writeKeyFile(dir, key));
        console.log(
          moved.accounts
            ? `Data dipindahkan ke ${dir}. Buka dengan nama pengguna dan frasa sandi yang sama seperti di laptop lama.`
            : `Data dipindahkan ke ${dir}. Paket ini dari versi tanpa akun: jalankan pendamping init --data-dir ${dir} untuk membuat admin pertama.`,
        );
        return 0;
      }
      const core = await openForCommand(resolveDataDir(values['data-dir']));
      try {
        const r = await core.invokeAsync('backup:move-out', { password: values.password });
        if (!r.ok) {
          console.error(r.error.message);
          return exitCodeFor(r);
        }
        writeFileSync(values.out!, Buffer.from(r.value.dataBase64, 'base64'), { mode: 0o600 });
        console.log(`Paket pindah: ${values.out} (dikunci kata sandi). Simpan seperti dokumen rahasia.`);
        return 0;
      } finally {
        await core.close();
      }
    } catch (e) {
      if (e instanceof AppError) {
        console.error(e.message);
        return e.body.code === 'VALIDATION' ? 2 : 1;
      }
      throw e;
    }
  }

  if (command === 'restore') {
    const [file] = rest;
    if (!file) {
      console.error('Pakai: pendamping restore BERKAS');
      return 2;
    }
    try {
      // Into a folder not set up yet (a new laptop), the keyring copy beside the backup is adopted.
      console.log(await restoreCommand(resolveDataDir(values['data-dir']), resolve(file)));
      return 0;
    } catch (e) {
      if (e instanceof AppError) {
        console.error(e.message);
        return e.body.code === 'VALIDATION' ? 2 : 1;
      }
      throw e;
    }
  }

  if (command === 'backup') {
    const core = await openForCommand(resolveDataDir(values['data-dir']));
    try {
      requireAdmin(core.ctx, 'backup');
      // Not a channel, so the dispatcher does not record it (createBackup tells the trail itself).
      // Either way the account keyring is written beside the backup (keyring.json).
      const out = values.out ? writeBackup(core.ctx, resolve(values.out)) : createBackup(core.ctx, undefined, 'cli:backup');
      if (values.out) recordAudit(core.ctx, { action: 'cadangan', channel: 'cli:backup', entity: 'store', detail: { file: fileToken(out.file) } });
      console.log(`Cadangan terenkripsi: ${out.file} (${(out.size / 1024).toFixed(0)} KB), dengan salinan kunci akun keyring.json di sampingnya.`);
      return 0;
    } catch (e) {
      if (e instanceof AppError) {
        console.error(e.message);
        return e.body.code === 'VALIDATION' ? 2 : 1;
      }
      throw e;
    } finally {
      await core.close();
    }
  }

  if (command === 'audit') {
    const [sub] = rest;
    if (sub !== 'verify' && sub !== 'list') {
      console.error('Pakai: pendamping audit verify | pendamping audit list [--action A] [--from TGL] …');
      return 2;
    }
    const core = await openForCommand(resolveDataDir(values['data-dir']));
    try {
      if (sub === 'verify') {
        const r = await auditVerify(core);
        if (!r.ok) {
          console.error(r.error.message);
          return exitCodeFor(r);
        }
        console.log(r.value.text);
        return r.value.whole ? 0 : 1;
      }
      const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
      const filters = { from: values.from, to: values.to, action: values.action, workerId: values.worker, caseId: values.case?.[0], clientId: values.client, outcome: values.outcome, before: num(values.before), limit: num(values.limit) };
      const r = await auditList(core, Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as never);
      if (!r.ok) {
        console.error([r.error.message, ...(r.error.fields ?? []).map((f) => `  --${f.path}: ${f.message}`)].join('\n'));
        return exitCodeFor(r);
      }
      console.log(r.value);
      return 0;
    } finally {
      await core.close();
    }
  }

  if (command === 'seed') {
    const clients = Number(values.clients ?? '100');
    if (!Number.isInteger(clients) || clients < 1 || clients > 1_000_000) {
      console.error('--clients harus bilangan bulat 1–1.000.000.');
      return 2;
    }
    const visitsPerCase = Number(values['visits-per-case'] ?? '0');
    const longCases = Number(values['long-cases'] ?? '0');
    if (!Number.isInteger(visitsPerCase) || visitsPerCase < 0 || visitsPerCase > 2000) {
      console.error('--visits-per-case harus bilangan bulat 0–2.000.');
      return 2;
    }
    if (!Number.isInteger(longCases) || longCases < 0 || longCases > clients) {
      console.error('--long-cases harus bilangan bulat 0 sampai jumlah klien.');
      return 2;
    }
    const core = await openForCommand(resolveDataDir(values['data-dir']));
    try {
      const started = Date.now();
      const out = await seed(core, {
        clients,
        seed: values.seed ? Number(values.seed) : undefined,
        visitsPerCase,
        longCases,
        onProgress: (done, total) => process.stderr.write(`\r${done}/${total} klien`),
      });
      process.stderr.write('\n');
      console.log(`Selesai: ${out.clients} klien, ${out.workers} pekerja, ${out.institutions} lembaga, ${out.referrals} rujukan, ${out.letters} surat dalam ${((Date.now() - started) / 1000).toFixed(1)} dtk.`);
      return 0;
    } finally {
      await core.close();
    }
  }

  console.error(`Perintah tidak dikenal: ${command}\n\n${HELP}`);
  return 2;
}
