import type { Visit } from '../../../shared/contract';
import type { CoreContext } from '../context';

interface VisitRow {
  id: string;
  case_id: string;
  type: Visit['type'];
  visited_at: string;
  place: string | null;
  people_met: string | null;
  note: string;
  wellbeing: string | null;
  pasung: string | null;
  disability_progress: string | null;
  next_visit_date: string | null;
  next_task_id: string | null;
  author_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export function findVisit(ctx: CoreContext, id: string): Visit | null {
  const r = ctx.db.prepare('SELECT * FROM visits WHERE id = ?').get(id) as VisitRow | undefined;
  if (!r) return null;
  return {
    id: r.id,
    caseId: r.case_id,
    type: r.type,
    visitedAt: r.visited_at,
    place: r.place,
    peopleMet: r.people_met,
    note: r.note,
    wellbeing: r.wellbeing,
    pasung: r.pasung ? JSON.parse(r.pasung) : null,
    disabilityProgress: r.disability_progress,
    nextVisitDate: r.next_visit_date,
    nextTaskId: r.next_task_id,
    authorId: r.author_id,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
