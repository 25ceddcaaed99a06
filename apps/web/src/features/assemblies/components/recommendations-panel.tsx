import { pickText, RESPONSE_STANCES, type ResponseStance } from '@crossgov/shared';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState } from '../../../components/ui/query-status.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { type Assembly, useCreateRecommendation, useRespond } from '../api/assemblies.ts';

type Recommendation = Assembly['recommendations'][number];

function NewRecommendation({ assembly }: { assembly: Assembly }) {
  const { t, i18n } = useTranslation();
  const create = useCreateRecommendation(assembly.slug);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [votes, setVotes] = useState({ for: '0', against: '0', abstain: '0' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = (value: string) => ({
      [i18n.language]: { text: value.trim(), provenance: 'original' as const },
    });
    create.mutate(
      {
        titles: local(title),
        texts: local(text),
        votesFor: Number(votes.for) || 0,
        votesAgainst: Number(votes.against) || 0,
        votesAbstain: Number(votes.abstain) || 0,
      },
      {
        onSuccess: () => {
          setTitle('');
          setText('');
        },
      },
    );
  };
  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('assemblies.addRecommendation')}>
      <h3>{t('assemblies.addRecommendation')}</h3>
      <ProblemSummary
        problem={create.error}
        labels={{ titles: t('assemblies.recommendationTitle'), texts: t('assemblies.recommendationText') }}
      />
      <TextInput label={t('assemblies.recommendationTitle')} value={title} onChange={setTitle} isRequired />
      <TextInput
        label={t('assemblies.recommendationText')}
        value={text}
        onChange={setText}
        multiline
        isRequired
      />
      <div className="field-row">
        <TextInput
          label={t('assemblies.votesFor')}
          inputMode="numeric"
          value={votes.for}
          onChange={(value) => setVotes({ ...votes, for: value })}
        />
        <TextInput
          label={t('assemblies.votesAgainst')}
          inputMode="numeric"
          value={votes.against}
          onChange={(value) => setVotes({ ...votes, against: value })}
        />
        <TextInput
          label={t('assemblies.votesAbstain')}
          inputMode="numeric"
          value={votes.abstain}
          onChange={(value) => setVotes({ ...votes, abstain: value })}
        />
      </div>
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={create.isPending}>
          {t('assemblies.addRecommendation')}
        </Button>
      </div>
    </form>
  );
}

function RespondForm({
  assembly,
  recommendation,
  organisationId,
}: {
  assembly: Assembly;
  recommendation: Recommendation;
  organisationId: string;
}) {
  const { t, i18n } = useTranslation();
  const respond = useRespond(assembly.slug);
  const existing = recommendation.responses.find((response) => response.organisationId === organisationId);
  const [stance, setStance] = useState<ResponseStance>(existing?.stance ?? 'accepted');
  const [reasons, setReasons] = useState(existing ? pickText(existing.reasons, i18n.language) : '');
  const host = assembly.hosts.find((h) => h.organisationId === organisationId);
  const hostName = host ? pickText(host.names, i18n.language) : '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    respond.mutate({
      id: recommendation.id,
      organisationId,
      body: {
        stance,
        reasons: { [i18n.language]: { text: reasons.trim(), provenance: 'official' } },
        ...(existing ? { version: existing.version } : {}),
      },
    });
  };
  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-label={t('assemblies.respondAs', { organisation: hostName })}
    >
      <h4>{t('assemblies.respondAs', { organisation: hostName })}</h4>
      <ProblemSummary problem={respond.error} labels={{ reasons: t('assemblies.reasons') }} />
      <SelectInput
        label={t('assemblies.stance')}
        choices={RESPONSE_STANCES.map((id) => ({ id, label: t(`assemblies.stances.${id}`) }))}
        value={stance}
        onChange={(value) => setStance(RESPONSE_STANCES.find((id) => id === value) ?? 'accepted')}
      />
      <TextInput label={t('assemblies.reasons')} value={reasons} onChange={setReasons} multiline isRequired />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={respond.isPending}>
          {t('assemblies.sendResponse')}
        </Button>
      </div>
    </form>
  );
}

/** What the assembly recommended, how its members voted, and each host's official answer: the feedback loop. */
export function RecommendationsPanel({ assembly }: { assembly: Assembly }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {assembly.recommendations.length === 0 && <EmptyState>{t('assemblies.noRecommendations')}</EmptyState>}
      {assembly.recommendations.map((recommendation) => (
        <article key={recommendation.id} className="card">
          <LocalisedText as="h3" value={recommendation.titles} />
          <LocalisedText as="p" value={recommendation.texts} />
          <p>
            {t('assemblies.voteResult', {
              for: recommendation.votes.for,
              against: recommendation.votes.against,
              abstain: recommendation.votes.abstain,
            })}
          </p>
          <ul>
            {assembly.hosts.map((host) => {
              const response = recommendation.responses.find((r) => r.organisationId === host.organisationId);
              return (
                <li key={host.organisationId}>
                  <strong>{pickText(host.names, i18n.language)}</strong>:{' '}
                  {response ? (
                    <>
                      {t(`assemblies.stances.${response.stance}`)} —{' '}
                      <LocalisedText value={response.reasons} />
                    </>
                  ) : (
                    t('assemblies.awaitingResponse')
                  )}
                </li>
              );
            })}
          </ul>
          {assembly.respondFor.map((organisationId) => (
            <RespondForm
              key={organisationId}
              assembly={assembly}
              recommendation={recommendation}
              organisationId={organisationId}
            />
          ))}
        </article>
      ))}
      {assembly.canManage && <NewRecommendation assembly={assembly} />}
    </>
  );
}
