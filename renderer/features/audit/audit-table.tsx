import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contract';
import { paths } from '../../app/router';
import { formatDateTime } from '../../components/format';
import { TableHead } from '../../components/table-head';
import { useAudit } from '../../stores/audit';
import { useTimeZone } from '../../stores/settings';

/** The rows as they are: a page of at most a few hundred, so a plain table stays quick. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const setFilter = useAudit((s) => s.setFilter);
  const caseFiltered = useAudit((s) => Boolean(s.filter.caseId));
  return (
    <div className="card audit-table-wrap">
      <table className="table audit-table">
        <caption className="visually-hidden">{t('audit.tableLabel')}</caption>
        <TableHead
          columns={[
            t('audit.col.seq'),
            t('audit.col.at'),
            t('audit.col.worker'),
            t('audit.col.action'),
            t('audit.col.record'),
            t('audit.col.outcome'),
            t('audit.col.detail'),
          ]}
        />
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq} className={e.outcome !== 'ok' ? `audit-${e.outcome}` : undefined}>
              <td className="mono small">{e.seq}</td>
              <td className="small nowrap">
                <time dateTime={e.at}>{formatDateTime(e.at, timeZone)}</time>
              </td>
              <td>
                {e.actorName ?? (e.actorId ? <span className="mono small">{e.actorId}</span> : t('audit.noWorker'))}
                <span className="block muted small">{e.role === 'sistem' ? t('audit.system') : e.role === 'tidak_dikenal' ? t('audit.unknownRole') : t(`enum.role.${e.role}`, { defaultValue: e.role })}</span>
              </td>
              <td>{t(`audit.action_.${e.action}`)}</td>
              <td>
                {e.entity && <span className="block">{t(`audit.entity.${e.entity}`, { defaultValue: e.entity })}</span>}
                {e.caseId && (
                  <span className="block">
                    <a className="mono small" href={paths.case(e.caseId)}>
                      {e.caseNumber ?? e.caseId}
                    </a>
                    {!caseFiltered && (
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        aria-label={t('audit.onlyThisCaseLabel', { number: e.caseNumber ?? e.caseId })}
                        onClick={() => void setFilter({ caseId: e.caseId!, caseNumber: e.caseNumber ?? undefined })}
                      >
                        {t('audit.onlyThisCase')}
                      </button>
                    )}
                  </span>
                )}
                <span className="block muted mono small">{e.channel}</span>
              </td>
              <td>
                <span className={`badge audit-outcome-${e.outcome}`}>{t(`audit.outcome_.${e.outcome}`)}</span>
              </td>
              <td className="mono small audit-detail">{describeDetail(e.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Ids, counts and formats as `key: value`, long id lists shortened to their count. */
function describeDetail(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.length}]` : String(v)}`)
    .join(', ');
}
