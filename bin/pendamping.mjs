#!/usr/bin/env node
// The `pendamping` command. The SQLite driver needs Node 22 or newer (Node 20 crashes it),
// so refuse older runtimes with a clear message instead of a segmentation fault.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`Pendamping membutuhkan Node.js 22 atau lebih baru (sekarang ${process.versions.node}). Jalankan lewat "npx pendamping" di folder proyek.`);
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
await import('../electron/cli/run.ts');
