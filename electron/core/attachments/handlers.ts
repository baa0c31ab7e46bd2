import { createHash } from 'node:crypto';
import type { Attachment } from '../../../shared/contract';
import { recordChange } from '../changes/record';
import { nowIso, type CoreContext } from '../context';
import { fieldError, notFound } from '../errors';
import { ownCase, ownCasesOf } from '../access/scope';
import type { AsyncHandler, HandlerGroup } from '../handlers';
import { currentWorkerId } from '../workers/session';
import { inspectAttachment } from './sniff';
import { assertNotErased } from '../erasure/guard';

interface AttachmentRow {
  id: string;
  client_id: string;
  case_id: string | null;
  visit_id: string | null;
  file_name: string;
  mime_type: Attachment['mimeType'];
  size: number;
  thumbnail: Buffer | null;
  created_at: string;
}

const toAttachment = (r: AttachmentRow): Attachment => ({
  id: r.id,
  clientId: r.client_id,
  caseId: r.case_id,
  visitId: r.visit_id,
  fileName: r.file_name,
  mimeType: r.mime_type,
  size: r.size,
  thumbnail: r.thumbnail ? `data:image/jpeg;base64,${r.thumbnail.toString('base64')}` : null,
  createdAt: r.created_at,
});

const META = 'id, client_id, case_id, visit_id, file_name, mime_type, size, thumbnail, created_at';

export function findAttachment(ctx: CoreContext, id: string) {
  const r = ctx.db.prepare(`SELECT ${META} FROM attachments WHERE id = ?`).get(id) as AttachmentRow | undefined;
  return r ? toAttachment(r) : null;
}

type Inspected = Awaited<ReturnType<typeof inspectAttachment>>;
type Prepared = Inspected & { clientId?: string; visitId?: string; fileName: string };

/**
 * Stores a checked file (see inspectAttachment) for its owner, with its change-log row.
 * Shared with consent records, whose signed form is an attachment of the client.
 */
export function storeAttachment(
  ctx: CoreContext,
  owner: { client_id: string; case_id: string | null; visit_id: string | null },
  fileName: string,
  p: Inspected,
): Attachment {
  const id = ctx.newId();
  ctx.db
    .prepare(
      `INSERT INTO attachments (id, client_id, case_id, visit_id, file_name, mime_type, size, sha256, thumbnail, actor_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, owner.client_id, owner.case_id, owner.visit_id, fileName, p.mime, p.bytes.length, createHash('sha256').update(p.bytes).digest('hex'), p.thumbnail, currentWorkerId(ctx), nowIso(ctx));
  ctx.db.prepare('INSERT INTO attachment_data (attachment_id, data) VALUES (?, ?)').run(id, p.bytes);
  const a = findAttachment(ctx, id)!;
  recordChange(ctx, { entity: 'attachment', entityId: id, action: 'create', before: null, after: { fileName: a.fileName, mimeType: a.mimeType, size: a.size, visitId: a.visitId, clientId: a.clientId } });
  return a;
}

const add: AsyncHandler<'attachments:add', Prepared> = {
  prepare: async (_ctx, input) => ({ ...(await inspectAttachment(input.fileName, input.dataBase64)), clientId: input.clientId, visitId: input.visitId, fileName: input.fileName }),
  run: (ctx, p) => {
    let owner: { client_id: string; case_id: string | null; visit_id: string | null };
    if (p.visitId) {
      const v = ctx.db.prepare('SELECT c.client_id, v.case_id FROM visits v JOIN cases c ON c.id = v.case_id WHERE v.id = ?').get(p.visitId) as
        | { client_id: string; case_id: string }
        | undefined;
      if (!v) throw fieldError('visitId', 'Kunjungan tidak ditemukan.');
      owner = { ...v, visit_id: p.visitId };
    } else {
      if (!ctx.db.prepare('SELECT 1 FROM clients WHERE id = ?').get(p.clientId)) throw fieldError('clientId', 'Klien tidak ditemukan.');
      owner = { client_id: p.clientId!, case_id: null, visit_id: null };
    }
    assertNotErased(ctx, owner.client_id);
    return storeAttachment(ctx, owner, p.fileName, p);
  },
};

export const attachmentHandlers: HandlerGroup = {
  'attachments:add': add,

  'attachments:list': (ctx, { clientId, visitId, caseId }) => {
    const where = [clientId && 'client_id = @clientId', visitId && 'visit_id = @visitId', caseId && 'case_id = @caseId'].filter(Boolean);
    if (!where.length) throw fieldError('clientId', 'Sebutkan klien, kasus atau kunjungan.');
    // A client's list for a pekerja sosial leaves out the photos of other workers' cases.
    const own = ownCasesOf(ctx);
    if (own) where.push(`(case_id IS NULL OR case_id IN (SELECT c.id FROM cases c WHERE ${ownCase('c')}))`);
    return (
      ctx.db.prepare(`SELECT ${META} FROM attachments WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC`).all({
        clientId: clientId ?? null,
        visitId: visitId ?? null,
        caseId: caseId ?? null,
        ...(own ? { own } : {}),
      }) as AttachmentRow[]
    ).map(toAttachment);
  },

  'attachments:get': (ctx, { id }) => {
    const a = findAttachment(ctx, id);
    if (!a) throw notFound('Lampiran');
    const { data } = ctx.db.prepare('SELECT data FROM attachment_data WHERE attachment_id = ?').get(id) as { data: Buffer };
    return { ...a, dataBase64: data.toString('base64') };
  },
};
