import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../components/alert';
import { useAudit } from '../../stores/audit';

/** "Periksa keutuhan": the same check as `pendamping audit verify`, with the rows it names. */
export function VerifySection() {
  const { t } = useTranslation();
  const { verifyResult: r, verifyError, verifying, verify } = useAudit();
  return (
    <section className="card audit-verify" aria-labelledby="audit-verify-title">
      <h2 id="audit-verify-title">{t('audit.verify.title')}</h2>
      <p>{t('audit.verify.intro')}</p>
      <button type="button" className="button button-primary" onClick={() => void verify()} disabled={verifying}>
        {verifying ? t('audit.verify.checking') : t('audit.verify.button')}
      </button>
      <div aria-live="polite">
        {verifyError && <ErrorAlert error={verifyError} />}
        {r && !verifying && r.ok && (
          <Alert kind="success" title={t('audit.verify.whole', { count: r.count })}>
            <p className="small">{t('audit.verify.head', { seq: r.head.seq, hash: r.head.hash.slice(0, 16) })}</p>
          </Alert>
        )}
        {r && !verifying && !r.ok && (
          <Alert kind="error" title={t('audit.verify.broken', { count: r.problemCount, rows: r.count })}>
            <ul>
              {r.problems.map((p) => (
                <li key={`${p.kind}-${p.seq}`}>
                  {p.toSeq
                    ? t('audit.verify.rows', { seq: p.seq, toSeq: p.toSeq, kind: t(`audit.verify.kind.${p.kind}`) })
                    : t('audit.verify.row', { seq: p.seq, kind: t(`audit.verify.kind.${p.kind}`) })}
                </li>
              ))}
            </ul>
            {r.problemCount > r.problems.length && <p>{t('audit.verify.moreProblems', { count: r.problemCount - r.problems.length })}</p>}
          </Alert>
        )}
      </div>
    </section>
  );
}
