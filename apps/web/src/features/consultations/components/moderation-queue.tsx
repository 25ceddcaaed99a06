import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { type ModerationItem, useModerate, useModerationQueue } from '../api/consultations.ts';

/** Approve, hide with a public reason, or restore; used in the queue and on an idea's page. */
export function ModerationActions({
  slug,
  item,
}: {
  slug: string;
  item: Pick<ModerationItem, 'contributionId' | 'state'>;
}) {
  const { t } = useTranslation();
  const moderate = useModerate(slug);
  const [reason, setReason] = useState('');
  const act = (action: 'approve' | 'hide' | 'restore') =>
    moderate.mutate({
      contributionId: item.contributionId,
      action,
      ...(action === 'hide' ? { reason } : {}),
    });
  return (
    <div className="moderation-actions">
      <ProblemSummary problem={moderate.error} labels={{ reason: t('consultations.hideReason') }} />
      {item.state === 'pending' && (
        <Button className="button button-primary" onPress={() => act('approve')}>
          {t('consultations.approve')}
        </Button>
      )}
      {item.state === 'hidden' ? (
        <Button className="button" onPress={() => act('restore')}>
          {t('consultations.restore')}
        </Button>
      ) : (
        <div className="inline-form">
          <TextInput label={t('consultations.hideReason')} value={reason} onChange={setReason} />
          <Button className="button" onPress={() => act('hide')}>
            {t('consultations.hide')}
          </Button>
        </div>
      )}
    </div>
  );
}

export function ModerationQueue({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const queue = useModerationQueue(slug);
  if (queue.isPending) return <Loading />;
  if (queue.isError) return <LoadError error={queue.error} />;
  if (queue.data.items.length === 0) return <EmptyState>{t('consultations.queueEmpty')}</EmptyState>;
  return (
    <ul className="card-list">
      {queue.data.items.map((item) => (
        <li key={item.contributionId} className="card">
          <p>
            <Link to={`/spaces/${slug}/ideas/${item.ideaId}`}>
              {item.title ?? t('consultations.commentOnIdea')}
            </Link>{' '}
            · {t(`consultations.state.${item.state}`)}
          </p>
          {item.kind === 'comment' && <p>{item.body}</p>}
          {item.flags.length > 0 && (
            <p>
              {t('consultations.flaggedFor', { reasons: item.flags.map((flag) => flag.reason).join('; ') })}
            </p>
          )}
          <ModerationActions slug={slug} item={item} />
        </li>
      ))}
    </ul>
  );
}
