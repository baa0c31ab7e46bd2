import type { RISK } from '../../../shared/enums';
import type { Settings } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';

/** The next visit the office's settings suggest for a risk; none without a risk. */
export function suggestNextVisit(settings: Settings, visitDate: string, risk: (typeof RISK.values)[number] | null) {
  if (!risk) return { date: null, days: null };
  const days = settings.nextVisitDays[risk];
  return { date: addDays(visitDate, days), days };
}
