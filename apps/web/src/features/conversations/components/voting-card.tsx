import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { useNextStatement, useVote, type VoteValue } from '../api/conversations.ts';

const CHOICES: { vote: VoteValue; key: 'agree' | 'disagree' | 'pass' }[] = [
  { vote: 1, key: 'agree' },
  { vote: -1, key: 'disagree' },
  { vote: 0, key: 'pass' },
];

/**
 * One statement at a time, as Polis shows them: the statement is the card's heading and names the group of
 * three buttons; after a vote the confirmation and the next statement are announced in a live region, and
 * focus stays on the button just used, so a keyboard user can go on voting.
 */
export function VotingCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const next = useNextStatement(slug, true);
  const vote = useVote(slug);
  const [announcement, setAnnouncement] = useState('');
  const data = next.data;
  if (!data) return null;
  const statement = data.statement;
  const progress = t('conversations.vote.progress', {
    voted: data.votedCount,
    total: data.statementCount,
  });
  return (
    <section className="voting-card" aria-labelledby="voting-card-statement">
      <p className="voting-progress">{progress}</p>
      {statement ? (
        <>
          <h3 id="voting-card-statement" className="voting-statement" lang={statement.language} dir="auto">
            {statement.text}
          </h3>
          <ProblemSummary problem={vote.error} />
          {/* biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form field set. */}
          <div className="button-row voting-buttons" role="group" aria-labelledby="voting-card-statement">
            {CHOICES.map((choice) => (
              <Button
                key={choice.key}
                className={`button voting-${choice.key}`}
                // Not disabled while saving: a disabled button would lose the keyboard focus.
                onPress={() =>
                  !vote.isPending &&
                  vote.mutate(
                    { statementId: statement.id, vote: choice.vote },
                    {
                      onSuccess: (following) =>
                        setAnnouncement(
                          [
                            t(`conversations.vote.recorded.${choice.key}`),
                            following.statement
                              ? t('conversations.vote.nextIs', { text: following.statement.text })
                              : t('conversations.vote.done'),
                          ].join(' '),
                        ),
                    },
                  )
                }
              >
                {t(`conversations.vote.${choice.key}`)}
              </Button>
            ))}
          </div>
        </>
      ) : (
        <h3 id="voting-card-statement" className="voting-statement">
          {data.statementCount === 0 ? t('conversations.vote.none') : t('conversations.vote.done')}
        </h3>
      )}
      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
    </section>
  );
}
