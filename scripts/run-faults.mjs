#!/usr/bin/env node
/**
 * `npm run test:faults`: the fault tests at full size (PENDAMPING_FAULTS=full: 100 kill
 * cycles, 200 payloads per channel, every damage through the command line), one file after
 * another so a shared machine keeps a core free, then the figures they proved.
 * `-- --seed N` repeats a run's random choices.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const figures = join(root, '.tmp', 'faults');
for (const f of existsSync(figures) ? readdirSync(figures).filter((n) => n.endsWith('.json')) : []) rmSync(join(figures, f));

const seedAt = process.argv.indexOf('--seed');
const env = { ...process.env, PENDAMPING_FAULTS: 'full', ...(seedAt > 0 ? { PENDAMPING_FAULTS_SEED: process.argv[seedAt + 1] } : {}) };
const started = Date.now();
const r = spawnSync(join(root, 'node_modules', '.bin', 'vitest'), ['run', 'tests/faults', '--fileParallelism=false'], { cwd: root, stdio: 'inherit', env });

const read = (name) => (existsSync(join(figures, `${name}.json`)) ? JSON.parse(readFileSync(join(figures, `${name}.json`), 'utf8')) : null);
const crash = read('crash');
const fuzz = read('fuzz');
const full = read('disk-full');
console.log(`\n=== kesalahan yang diuji (ukuran penuh, ${((Date.now() - started) / 60000).toFixed(1)} menit) ===`);
console.log(crash ? `  dimatikan paksa (SIGKILL): ${crash.killCycles} siklus dilalui (${crash.killedDuringStart} saat membuka), ${crash.acknowledgedWritesVerified} simpanan yang dikonfirmasi diperiksa, semuanya ada; integrity_check ok (seed ${crash.seed})` : '  dimatikan paksa: tidak ada angka (uji gagal sebelum selesai)');
console.log(fuzz ? `  masukan rusak: ${fuzz.channels} kanal × ${fuzz.payloadsPerChannel.min}–${fuzz.payloadsPerChannel.max} muatan = ${fuzz.payloadsTotal} muatan; hasil ${JSON.stringify(fuzz.outcomes)}; kanal gagal: ${fuzz.channelsFailing.length ? fuzz.channelsFailing.join(", ") : "tidak ada"} (seed ${fuzz.seed})` : '  masukan rusak: tidak ada angka (uji gagal sebelum selesai)');
console.log(full ? `  disk penuh (${full.disk}): ${full.savesBeforeFull} simpanan sebelum penuh, lalu "${full.refusedWith.replace(/ \(insiden \w+\)$/, '')}"; simpanan yang sama berhasil setelah ruang dikosongkan` : '  disk penuh: tidak ada angka');
process.exit(r.status ?? 1);
