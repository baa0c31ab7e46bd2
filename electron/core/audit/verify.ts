import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { AuditProblem, AuditVerifyResult } from '../../../shared/contract';
import { GENESIS, headMac, rowHash, type ChainRow } from './chain';

const MAX_LISTED = 100;

/**
 * Walks the whole chain in seq order and names what is wrong:
 * - `diubah`: the row's hash does not match its contents (a field was edited);
 * - `disisipkan`: a row that is not part of the chain (beyond the sealed head, or neither its
 *   hash nor its link to the previous row holds);
 * - `dihapus`: seq numbers missing in the middle, or at the end before the sealed head;
 * - `urutan_salah`: a row with a valid hash linked to a different predecessor.
 * A row after a broken one is checked against the broken row's stored hash, so one edit is
 * named once and does not condemn the rest of the chain.
 */
export function verifyChain(db: Database, key: Buffer): AuditVerifyResult {
  const problems: AuditProblem[] = [];
  let problemCount = 0;
  const report = (p: AuditProblem) => {
    problemCount++;
    if (problems.length < MAX_LISTED) problems.push(p);
  };

  const head = db.prepare(`SELECT seq, hash, mac FROM audit_head WHERE id = 1`).get() as { seq: number; hash: string; mac: string } | undefined;
  const sealed = head !== undefined && (head.seq === 0 ? head.mac === '' || head.mac === headMac(key, 0, head.hash) : head.mac === headMac(key, head.seq, head.hash));
  const headSeq = head?.seq ?? Number.POSITIVE_INFINITY;

  let expectSeq = 1;
  let expectPrev = GENESIS;
  let previousBroken = false;
  let count = 0;
  let last: { seq: number; hash: string } | null = null;
  const rows = db.prepare(
    `SELECT seq, id, at, actor_id, role, action, channel, entity, entity_ids, client_id, case_id, outcome, detail, prev_hash, hash FROM audit_log ORDER BY seq`,
  );
  for (const row of rows.iterate() as Iterable<ChainRow & { hash: string }>) {
    count++;
    const hashOk = rowHash(key, row) === row.hash;
    const linkOk = row.prev_hash === expectPrev;
    let broken = false;
    if (row.seq < expectSeq) {
      report({ seq: row.seq, kind: 'disisipkan', message: `Baris ${row.seq} berada sebelum awal rantai.` });
      broken = true;
    } else {
      if (row.seq > expectSeq) {
        report(missing(expectSeq, row.seq - 1));
        // The gap explains a broken link; the row itself may still be sound.
      } else if (hashOk && !linkOk && !previousBroken) {
        report({ seq: row.seq, kind: 'urutan_salah', message: `Baris ${row.seq} tidak tersambung ke baris ${row.seq - 1}.` });
        broken = true;
      }
      if (row.seq > headSeq) {
        report({ seq: row.seq, kind: 'disisipkan', message: `Baris ${row.seq} ditambahkan di luar aplikasi: kepala rantai berhenti di baris ${headSeq}.` });
        broken = true;
      } else if (!hashOk) {
        const stranger = !linkOk && row.seq === expectSeq && !previousBroken;
        report(
          stranger
            ? { seq: row.seq, kind: 'disisipkan', message: `Baris ${row.seq} bukan bagian dari rantai (segel dan sambungannya tidak cocok).` }
            : { seq: row.seq, kind: 'diubah', message: `Isi baris ${row.seq} diubah setelah dicatat (segelnya tidak cocok).` },
        );
        broken = true;
      } else if (hashOk && detailSays(row.detail, 'headRebuilt')) {
        report({ seq: row.seq, kind: 'dihapus', message: `Kepala rantai hilang sebelum baris ${row.seq}; baris terakhir sebelumnya mungkin dihapus.` });
      }
    }
    previousBroken = broken;
    expectSeq = row.seq + 1;
    expectPrev = row.hash;
    last = { seq: row.seq, hash: row.hash };
  }

  const lastSeq = last?.seq ?? 0;
  if (!head) {
    report({ seq: lastSeq, kind: 'dihapus', message: 'Kepala rantai hilang: baris terakhir mungkin dihapus.' });
  } else if (!sealed) {
    report({ seq: head.seq, kind: 'diubah', message: `Kepala rantai (baris ${head.seq}) diubah di luar aplikasi: segelnya tidak cocok.` });
  } else if (head.seq > lastSeq) {
    report(missing(lastSeq + 1, head.seq));
  } else if (head.seq === lastSeq && last && head.hash !== last.hash) {
    report({ seq: head.seq, kind: 'diubah', message: `Baris ${head.seq} tidak sama dengan yang tercatat di kepala rantai.` });
  }

  return { ok: problemCount === 0, count, head: { seq: head?.seq ?? 0, hash: head?.hash ?? GENESIS }, problems, problemCount };
}

function missing(from: number, to: number): AuditProblem {
  return from === to
    ? { seq: from, kind: 'dihapus', message: `Baris ${from} dihapus.` }
    : { seq: from, toSeq: to, kind: 'dihapus', message: `Baris ${from}–${to} dihapus (${to - from + 1} baris).` };
}

function detailSays(detail: string, key: string): boolean {
  try {
    return (JSON.parse(detail) as Record<string, unknown>)[key] === true;
  } catch {
    return false;
  }
}
