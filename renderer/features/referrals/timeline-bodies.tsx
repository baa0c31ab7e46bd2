import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../shared/contract';
import { paths } from '../../app/router';
import { useEnumLabel } from '../../components/enum-options';
import { LetterPdfButton } from '../letters/letter-pdf';

type Data = TimelineEvent['data'];
const str = (d: Data, k: string) => (typeof d[k] === 'string' && d[k] !== '' ? (d[k] as string) : null);

/** A step of a referral in the case timeline: institution, status, its note, a link to the referral. */
export function ReferralEventBody({ d }: { d: Data }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const referralId = str(d, 'referralId');
  return (
    <>
      <p className="tl-title">{t('timeline.referral', { institution: str(d, 'institution') ?? '', status: label('referralStatus', str(d, 'status')) })}</p>
      {str(d, 'note') && <p className="tl-detail prewrap">{str(d, 'note')}</p>}
      {referralId && (
        <p className="tl-detail">
          <a href={paths.referral(referralId)}>{t('letter.openReferral')}</a>
        </p>
      )}
    </>
  );
}

/** An issued letter in the case timeline: its number, a cancellation, and its archived PDF. */
export function LetterEventBody({ d }: { d: Data }) {
  const { t } = useTranslation();
  const letterId = str(d, 'letterId');
  const number = str(d, 'number') ?? '';
  const referralId = str(d, 'referralId');
  return (
    <>
      <p className="tl-title">{t('timeline.letter', { number, institution: str(d, 'institution') ?? '' })}</p>
      {str(d, 'state') === 'cancelled' && <p className="tl-detail">{t('timeline.letterCancelled', { reason: str(d, 'cancelReason') ?? '' })}</p>}
      <div className="actions tl-detail">
        {letterId && str(d, 'state') !== 'printing' && <LetterPdfButton letter={{ id: letterId, number }} />}
        {referralId && <a href={paths.referral(referralId)}>{t('letter.openReferral')}</a>}
      </div>
    </>
  );
}
