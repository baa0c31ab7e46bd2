import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { VisitInput, type VisitFormValues } from '../../../shared/contract';

/**
 * What the visit form holds: text as typed, '' for "not chosen". `toInput` turns it into
 * the contract's VisitInput shape ('' → null, 'true'/'false' → booleans) before zod checks
 * it, so error paths (`pasung.relapseDate`) are the same in the form and from the server.
 */
export interface PasungValues {
  medication: string;
  relapse: boolean;
  relapseDate: string;
  risk: string;
  familySupport: string[];
  jkn: string;
  civilDocsComplete: string;
  dtsenRegistered: string;
  dtsenDecile: string;
  productiveActivity: string;
}

export interface VisitValues {
  caseId: string;
  type: string;
  visitedAt: string;
  place: string;
  peopleMet: string;
  note: string;
  wellbeing: string;
  pasung: PasungValues;
  disabilityProgress: string;
  nextVisitDate: string;
}

export interface Sections {
  pasung: boolean;
  disability: boolean;
}

export const emptyPasung = (): PasungValues => ({
  medication: '',
  relapse: false,
  relapseDate: '',
  risk: '',
  familySupport: [],
  jkn: '',
  civilDocsComplete: '',
  dtsenRegistered: '',
  dtsenDecile: '',
  productiveActivity: '',
});

const orNull = (v: string) => (v === '' ? null : v);
const tri = (v: string) => (v === 'true' ? true : v === 'false' ? false : null);

export function toInput(v: VisitValues, sections: Sections): VisitFormValues {
  const p = v.pasung;
  return {
    caseId: v.caseId,
    type: v.type as VisitFormValues['type'],
    visitedAt: v.visitedAt,
    place: v.place,
    peopleMet: v.peopleMet,
    note: v.note,
    wellbeing: v.wellbeing,
    pasung: sections.pasung
      ? ({
          medication: orNull(p.medication),
          relapse: p.relapse,
          // A date typed and then "no relapse" ticked stays in the form, but is not sent.
          relapseDate: p.relapse ? orNull(p.relapseDate) : null,
          risk: orNull(p.risk),
          familySupport: p.familySupport,
          jkn: orNull(p.jkn),
          civilDocsComplete: tri(p.civilDocsComplete),
          dtsenRegistered: tri(p.dtsenRegistered),
          dtsenDecile: p.dtsenDecile === '' || p.dtsenRegistered !== 'true' ? null : Number(p.dtsenDecile),
          productiveActivity: p.productiveActivity,
        } as NonNullable<VisitFormValues['pasung']>)
      : null,
    disabilityProgress: sections.disability ? v.disabilityProgress : null,
    // Empty: plan no next visit (the date was cleared on purpose, or no risk suggested one).
    nextVisitDate: orNull(v.nextVisitDate),
  };
}

const zod = zodResolver(VisitInput) as unknown as (values: VisitFormValues, context: unknown, options: unknown) => ReturnType<Resolver<VisitValues, unknown, VisitInput>>;

/** zodResolver(VisitInput) applied to the converted values; `sections` is read at submit time. */
export const visitResolver =
  (sections: () => Sections): Resolver<VisitValues, unknown, VisitInput> =>
  (values, context, options) =>
    zod(toInput(values, sections()), context, options);
