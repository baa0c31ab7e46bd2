/**
 * The store's own failures, which are not bugs: a full disk, a damaged file, a disk that
 * cannot be read or written. Each gets a plain Indonesian message that says what to do; the
 * caller adds the incident id. Anything else is an unexpected error (null).
 */
export function storeFaultMessage(e: unknown): string | null {
  const text = describe(e);
  if (/SQLITE_FULL|ENOSPC|database or disk is full/i.test(text)) {
    return 'Disk penuh: perubahan tidak disimpan. Kosongkan ruang disk lalu ulangi.';
  }
  if (isDamagedStore(e)) {
    return 'Berkas data rusak: sebagian isinya tidak dapat dibaca, perubahan tidak disimpan. Tutup Pendamping lalu pulihkan cadangan terakhir (Pengaturan › Cadangan, atau: pendamping restore BERKAS).';
  }
  if (/SQLITE_IOERR|SQLITE_READONLY|EIO\b|EROFS/i.test(text)) {
    return 'Disk tidak dapat dibaca atau ditulisi: perubahan tidak disimpan. Periksa disk atau flashdisk tempat folder data, lalu ulangi.';
  }
  return null;
}

/** Part of the file cannot be read back: SQLite found a damaged page or the cipher refused it. */
export function isDamagedStore(e: unknown): boolean {
  return /SQLITE_CORRUPT|SQLITE_NOTADB|disk image is malformed|file is not a database/i.test(describe(e));
}

const describe = (e: unknown) => `${(e as { code?: unknown } | null)?.code ?? ''} ${e instanceof Error ? e.message : ''}`;
