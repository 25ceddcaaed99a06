import { type Provenance, pickText, RESPONSE_STANCES, type ResponseStance } from '@crossgov/shared';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { MultilingualEditor } from '../../../components/multilingual-editor.tsx';
import { fieldErrorsOf } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState } from '../../../components/ui/query-status.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import {
  type LanguageRow,
  multilingualFromRows,
  newLanguageRow,
  rowsFromMultilingual,
} from '../../../lib/multilingual-rows.ts';
import { type Assembly, useCreateRecommendation, useRespond } from '../api/assemblies.ts';

type Recommendation = Assembly['recommendations'][number];

/** One empty row in the reader's language: the start of a new multilingual text. */
const firstRow = (language: string, provenance: Provenance): LanguageRow[] => [
  newLanguageRow(language, provenance),
];

function NewRecommendation({ assembly }: { assembly: Assembly }) {
  const { t, i18n } = useTranslation();
  const create = useCreateRecommendation(assembly.slug);
  const [titles, setTitles] = useState(() => firstRow(i18n.language, 'original'));
  const [texts, setTexts] = useState(() => firstRow(i18n.language, 'original'));
  const [votes, setVotes] = useState({ for: '0', against: '0', abstain: '0' });
  const errorFor = fieldErrorsOf(create.error, {});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        titles: multilingualFromRows(titles),
        texts: multilingualFromRows(texts),
        votesFor: Number(votes.for) || 0,
        votesAgainst: Number(votes.against) || 0,
        votesAbstain: Number(votes.abstain) || 0,
      },
      {
        onSuccess: () => {
          setTitles(firstRow(i18n.language, 'original'));
          setTexts(firstRow(i18n.language, 'original'));
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
      <MultilingualEditor
        legend={t('assemblies.recommendationTitle')}
        rows={titles}
        onChange={setTitles}
        error={errorFor('titles')}
      />
      <MultilingualEditor
        legend={t('assemblies.recommendationText')}
        rows={texts}
        onChange={setTexts}
        multiline
        error={errorFor('texts')}
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
  const [reasons, setReasons] = useState(() =>
    existing ? rowsFromMultilingual(existing.reasons) : firstRow(i18n.language, 'official'),
  );
  const host = assembly.hosts.find((h) => h.organisationId === organisationId);
  const hostName = host ? pickText(host.names, i18n.language) : '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    respond.mutate({
      id: recommendation.id,
      organisationId,
      body: {
        stance,
        reasons: multilingualFromRows(reasons),
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
      <MultilingualEditor
        legend={t('assemblies.reasons')}
        rows={reasons}
        onChange={setReasons}
        multiline
        error={fieldErrorsOf(respond.error, {})('reasons')}
      />
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
