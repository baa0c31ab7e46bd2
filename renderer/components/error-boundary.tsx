import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A screen that fails to render says so and leaves the navigation usable. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error('[pendamping] render failure', error);
  }
  override render() {
    return this.state.failed ? <RenderFailed /> : this.props.children;
  }
}

function RenderFailed() {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{t('errorCode.INTERNAL')}</p>
      <p>{t('errors.render')}</p>
    </div>
  );
}
