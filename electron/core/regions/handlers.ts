import type { Region, RegionRef } from '../../../shared/contract';
import { regionPath } from '../../../shared/validators/region';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import type { HandlerGroup } from '../handlers';

export function regionExists(ctx: CoreContext, code: string): boolean {
  return ctx.db.prepare('SELECT 1 FROM regions WHERE code = ?').get(code) !== undefined;
}

/** The code and its ancestors that exist, province first. */
export function regionRefs(ctx: CoreContext, code: string): RegionRef[] {
  const stmt = ctx.db.prepare('SELECT code, name FROM regions WHERE code = ?');
  return regionPath(code)
    .map((c) => stmt.get(c) as RegionRef | undefined)
    .filter((r): r is RegionRef => r !== undefined);
}

export const regionHandlers: HandlerGroup = {
  'regions:list': (ctx, { parentCode }) =>
    (parentCode === null
      ? ctx.db.prepare(`SELECT code, name, level FROM regions WHERE parent_code IS NULL ORDER BY name`).all()
      : ctx.db.prepare(`SELECT code, name, level FROM regions WHERE parent_code = ? ORDER BY name`).all(parentCode)) as Region[],

  'regions:path': (ctx, { code }) => {
    const stmt = ctx.db.prepare('SELECT code, name, level FROM regions WHERE code = ?');
    const path = regionPath(code).map((c) => stmt.get(c) as Region | undefined);
    if (path.some((r) => !r)) throw notFound(`Wilayah ${code}`);
    return path as Region[];
  },
};
