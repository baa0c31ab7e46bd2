import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DUE_PAGE, type DueSection } from '../../../shared/contract';
import { useTasks } from '../../stores/tasks';
import { formatCount } from '../../components/format';

/**
 * Under a Tindak Lanjut list longer than a page: how many are shown, and a button for the
 * next page, which also loads by itself once scrolled into view (the keyboard and screen
 * readers have the button).
 */
export function MoreRows({ section, shown, total }: { section: DueSection; shown: number; total: number }) {
  const { t, i18n } = useTranslation();
  const loadMore = useTasks((s) => s.loadMore);
  const loading = useTasks((s) => s.loadingMore === section);
  const button = useRef<HTMLButtonElement>(null);
  const more = shown < total;

  useEffect(() => {
    const el = button.current;
    if (!more || !el || typeof IntersectionObserver === 'undefined') return;
    const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void loadMore(section), { rootMargin: '200px' });
    seen.observe(el);
    return () => seen.disconnect();
  }, [more, shown, section, loadMore]);

  if (total <= DUE_PAGE && !more) return null;
  const n = (v: number) => formatCount(v, i18n.language);
  return (
    <div className="more-rows">
      <p className="muted small" role="status">
        {t('followUp.shown', { shown: n(shown), total: n(total) })}
      </p>
      {more && (
        // Not disabled while loading: a disabled button would drop the keyboard focus.
        <button ref={button} type="button" className="button" onClick={() => void loadMore(section)} aria-busy={loading}>
          {loading ? t('followUp.loadingMore') : t('followUp.more', { count: Math.min(DUE_PAGE, total - shown) })}
        </button>
      )}
    </div>
  );
}
