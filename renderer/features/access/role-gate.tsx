import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelName } from '../../../shared/contract';
import { useCan } from '../../stores/access';

const BARE = { border: 0, padding: 0, margin: 0, minWidth: 0 } as const;

/**
 * Shows a form read-only, with the reason, to a worker whose role may not use `channel`
 * (a disabled fieldset disables every control inside). The core refuses anyway.
 */
export function RoleGate({ channel, need, children }: { channel: ChannelName; need: 'admin' | 'koordinator'; children: ReactNode }) {
  const { t } = useTranslation();
  if (useCan(channel) !== 'none') return <>{children}</>;
  return (
    <fieldset disabled style={BARE} aria-describedby={`gate-${channel}`}>
      <p className="hint" id={`gate-${channel}`}>
        {t(need === 'admin' ? 'access.adminOnly' : 'access.supervisorOnly')}
      </p>
      {children}
    </fieldset>
  );
}
