import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '../../lib/api-problem.ts';
import { ServerText } from './server-text.tsx';
import { useProblemTitle } from './use-problem-title.ts';

/** Shown while data loads; `role=status` lets screen readers hear it without moving focus. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {label ?? t('common.loading')}
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}

/** A failed load, with the server's detail when there is one. */
export function LoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problemTitle = useProblemTitle();
  if (!isApiProblem(error))
    return (
      <div role="alert" className="problem-summary">
        <p className="problem-title">{t('errors.loadFailed')}</p>
      </div>
    );
  return (
    <div role="alert" className="problem-summary">
      <p className="problem-title">{problemTitle(error)}</p>
      {error.detail && (
        <p className="problem-detail">
          <ServerText>{error.detail}</ServerText>
        </p>
      )}
    </div>
  );
}
