import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ClientInput, type Client } from '../../../shared/contract';

/**
 * What the client form holds: plain strings as typed (the shared schema turns empty ones
 * into null), so nothing typed is lost or reshaped when a save fails.
 */
export interface ClientFormState {
  name: string;
  nik: string;
  kk: string;
  sex: 'L' | 'P' | '';
  birthPlace: string;
  birthDate: string;
  address: { street: string; rt: string; rw: string; villageCode: string | null };
  phone: string;
  guardian: { name: string; relationship: string; phone: string };
  dtsen: { registered: boolean; decile: number | null; registerId: string };
  programmes: string[];
  disabilities: string[];
}

/** Top-level field names, for putting server errors beside their fields. */
export const CLIENT_FIELDS = [
  'name', 'nik', 'kk', 'sex', 'birthPlace', 'birthDate', 'address', 'phone', 'guardian', 'dtsen', 'programmes', 'disabilities',
] as const;

// The form keeps strings where the schema accepts string | null; parsing gives ClientInput.
export const clientResolver = zodResolver(ClientInput) as unknown as Resolver<ClientFormState, unknown, ClientInput>;

export const emptyClient: ClientFormState = {
  name: '',
  nik: '',
  kk: '',
  sex: '',
  birthPlace: '',
  birthDate: '',
  address: { street: '', rt: '', rw: '', villageCode: null },
  phone: '',
  guardian: { name: '', relationship: '', phone: '' },
  dtsen: { registered: false, decile: null, registerId: '' },
  programmes: [],
  disabilities: [],
};

export function toFormState(c: Client): ClientFormState {
  return {
    name: c.name,
    nik: c.nik ?? '',
    kk: c.kk ?? '',
    sex: c.sex,
    birthPlace: c.birthPlace ?? '',
    birthDate: c.birthDate ?? '',
    address: { street: c.address.street ?? '', rt: c.address.rt ?? '', rw: c.address.rw ?? '', villageCode: c.address.villageCode },
    phone: c.phone ?? '',
    guardian: { name: c.guardian.name ?? '', relationship: c.guardian.relationship ?? '', phone: c.guardian.phone ?? '' },
    dtsen: { registered: c.dtsen.registered, decile: c.dtsen.decile, registerId: c.dtsen.registerId ?? '' },
    programmes: [...c.programmes],
    disabilities: [...c.disabilities],
  };
}

/** A decile only counts while "registered in DTSEN" is ticked (the core refuses it otherwise). */
export const beforeSave = (v: ClientInput): ClientInput =>
  v.dtsen.registered ? v : { ...v, dtsen: { ...v.dtsen, decile: null, registerId: null } };
