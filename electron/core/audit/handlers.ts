import type { HandlerGroup } from '../handlers';
import { auditKey } from './chain';
import { listAudit } from './list';
import { verifyChain } from './verify';

/** Reading the trail is not itself recorded (channels.ts): it opens no client's record. */
export const auditHandlers: HandlerGroup = {
  'audit:list': (ctx, input) => listAudit(ctx, input),
  'audit:verify': (ctx) => verifyChain(ctx.db, auditKey(ctx)),
};
