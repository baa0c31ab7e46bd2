import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../shared/contract';
import { useEnumLabel } from '../../components/enum-options';
import { formatDate, formatLongDate, regionName } from '../../components/format';

/** The client's identity, decoded NIK, address and welfare data, read-only. */
export function ClientFacts({ client: c }: { client: ClientDetail }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const none = t('common.none');
  const date = (iso: string | null) => (iso ? `${formatDate(iso)} (${formatLongDate(iso, i18n.language)})` : none);
  const list = (kind: 'programme' | 'disability', values: string[]) => (values.length ? values.map((v) => label(kind, v)).join(', ') : none);
  const address = [c.address.street, c.address.rt && `${t('client.rt')} ${c.address.rt}`, c.address.rw && `${t('client.rw')} ${c.address.rw}`].filter(Boolean).join(', ');

  return (
    <div className="facts-grid">
      <Facts title={t('client.identity')}>
        <Fact term={t('client.nik')}>{c.nik ?? none}</Fact>
        {c.nikDecoded && (
          <Fact term={t('client.nikDecodedTerm')}>
            {t('client.nikHintDecoded', { date: formatDate(c.nikDecoded.birthDate) || '?', sex: t(`client.sexWord.${c.nikDecoded.sex}`) })}
            {c.nikDecoded.region.length > 0 && (
              <span className="block muted">{t('client.nikRegion', { region: [...c.nikDecoded.region].reverse().map((r) => regionName(r.name)).join(', ') })}</span>
            )}
          </Fact>
        )}
        <Fact term={t('client.kk')}>{c.kk ?? none}</Fact>
        <Fact term={t('client.sex')}>{label('sex', c.sex)}</Fact>
        <Fact term={t('client.birth')}>{[c.birthPlace, c.birthDate ? date(c.birthDate) : null].filter(Boolean).join(', ') || none}</Fact>
      </Facts>
      <Facts title={t('client.address')}>
        <Fact term={t('client.street')}>{address || none}</Fact>
        {c.addressRegions.map((r, i) => (
          <Fact key={r.code} term={t(`region.${['province', 'regency', 'district', 'village'][i]}`)}>
            {regionName(r.name)}
          </Fact>
        ))}
      </Facts>
      <Facts title={t('client.contact')}>
        <Fact term={t('client.phone')}>{c.phone ?? none}</Fact>
        <Fact term={t('client.guardian')}>
          {[c.guardian.name, c.guardian.relationship && `(${c.guardian.relationship})`, c.guardian.phone].filter(Boolean).join(' ') || none}
        </Fact>
      </Facts>
      <Facts title={t('client.welfare')}>
        <Fact term={t('client.dtsen')}>
          {c.dtsen.registered
            ? [t('client.dtsenYes'), c.dtsen.decile && t('client.decileN', { n: c.dtsen.decile }), c.dtsen.registerId].filter(Boolean).join(' · ')
            : t('client.dtsenNo')}
        </Fact>
        <Fact term={t('client.programmes')}>{list('programme', c.programmes)}</Fact>
        <Fact term={t('client.disabilities')}>{list('disability', c.disabilities)}</Fact>
      </Facts>
    </div>
  );
}

function Facts({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card">
      <h2>{title}</h2>
      <dl className="facts">{children}</dl>
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
