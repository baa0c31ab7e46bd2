import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useEnumLabel, type EnumKind } from '../../components/enum-options';

interface Props {
  title: string;
  id: string;
  kind: EnumKind;
  data: { key: string; count: number }[];
  /** Horizontal bars suit long labels (PPKS types). */
  layout?: 'horizontal' | 'vertical';
}

const ACCENT = '#0f6e63';

/**
 * One caseload chart. The SVG is decorative for screen readers; the same numbers are in a
 * table right under it (visually hidden), so nothing is only a picture.
 */
export function CaseloadChart({ title, id, kind, data, layout = 'horizontal' }: Props) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const rows = data.map((d) => ({ name: label(kind, d.key), count: d.count }));
  const vertical = layout === 'vertical';
  const height = vertical ? Math.max(160, rows.length * 30 + 40) : 240;
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      {rows.every((r) => r.count === 0) ? (
        <p className="muted">{t('dashboard.noCases')}</p>
      ) : (
        <>
          <div aria-hidden="true" className="chart-box" style={{ height }}>
            <ResponsiveContainer width="100%" height="100%">
              {vertical ? (
                <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24, top: 4, bottom: 4 }}>
                  <CartesianGrid horizontal={false} stroke="#e3e8e6" />
                  <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
                  <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12 }} interval={0} />
                  <Tooltip formatter={(v) => [v, t('dashboard.cases')]} />
                  <Bar dataKey="count" fill={ACCENT} radius={[0, 4, 4, 0]} maxBarSize={28} isAnimationActive={false} />
                </BarChart>
              ) : (
                <BarChart data={rows} margin={{ left: 40, right: 16, top: 4, bottom: 4 }}>
                  <CartesianGrid vertical={false} stroke="#e3e8e6" />
                  <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} height={60} angle={-20} textAnchor="end" />
                  <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={32} />
                  <Tooltip formatter={(v) => [v, t('dashboard.cases')]} />
                  <Bar dataKey="count" fill={ACCENT} radius={[4, 4, 0, 0]} maxBarSize={56} isAnimationActive={false} />
                </BarChart>
              )}
            </ResponsiveContainer>
          </div>
          <table className="visually-hidden">
            <caption>{title}</caption>
            <tbody>
              {rows.map((r) => (
                <tr key={r.name}>
                  <th scope="row">{r.name}</th>
                  <td>{r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
