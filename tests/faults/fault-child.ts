/**
 * A second process for the fault tests (key from PENDAMPING_KEY):
 *   hold DIR              open the data folder and keep it open
 *   write DIR CASE SEED   log visits through the core as fast as it can, printing
 *                         "<visit id> <sha256 of its note>" only after the core acknowledged it
 * The parent kills it with SIGKILL at a moment of its choosing.
 */
import { createHash } from 'node:crypto';
import { openCore } from '../../electron/core/open-core';

const [mode, dir, caseId, seed] = process.argv.slice(2);
const core = openCore(dir, { key: Buffer.from(process.env.PENDAMPING_KEY ?? '', 'hex'), log: { error: (m, d) => process.stderr.write(`${m} ${String(d)}\n`), info() {} } });

if (mode === 'hold') {
  process.stdout.write('terbuka\n');
  setInterval(() => {}, 60_000);
} else if (mode === 'write') {
  process.stdout.write('siap\n');
  for (let i = 0; ; i++) {
    const note = noteFor(`${seed}-${i}`);
    const r = core.invoke('visits:create', { caseId, type: 'kunjungan_rumah', visitedAt: '2025-06-02T09:30:00+07:00', note });
    if (!r.ok) {
      process.stderr.write(`visits:create refused: ${r.error.code} ${r.error.message}\n`);
      process.exit(3);
    }
    // Pipes are written synchronously on Linux: once this returns, the parent will read it.
    process.stdout.write(`${r.value.id} ${sha256(note)}\n`);
  }
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** 100 to 8,000 characters, different for every visit, so the WAL grows and checkpoints happen mid-run. */
function noteFor(key: string): string {
  const h = createHash('sha256').update(key).digest();
  const words = ['klien', 'keluarga', 'obat', 'puskesmas', 'kontrol', 'tenang', 'gelisah', 'kambuh', 'dukungan', 'tetangga'];
  const length = 100 + (h.readUInt32BE(0) % 7900);
  let out = `Kunjungan ${key}:`;
  for (let j = 0; out.length < length; j++) out += ` ${words[(h[j % 32] + j) % words.length]}`;
  return out;
}
