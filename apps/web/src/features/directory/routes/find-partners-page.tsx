import { sdgName } from '@crossgov/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupInput } from '../../../components/ui/checkbox-group-input.tsx';
import { ComboBoxInput } from '../../../components/ui/combo-box-input.tsx';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState } from '../../../components/ui/query-status.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useCountryChoices } from '../../../lib/country-choices.ts';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { formatList, useLanguageChoices, useSdgChoices } from '../../../lib/theme-choices.ts';
import { isBlank } from '../../../lib/validation.ts';
import { useFindPartners, useMyOrganisations } from '../api/find-partners.ts';
import { PartnerMatchCard } from '../components/partner-match-card.tsx';

const RESULT_LIMIT = 20;

/** A problem in one's own words, where one is, and the languages one works in: partners abroad, explained. */
export function FindPartnersPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('partners.title'));
  const user = useCurrentUser();
  const myOrganisations = useMyOrganisations(Boolean(user));
  const countryChoices = useCountryChoices();
  const languageChoices = useLanguageChoices();
  const sdgChoices = useSdgChoices();
  const find = useFindPartners();
  const [problem, setProblem] = useState('');
  const [country, setCountry] = useState<string | null>(null);
  const [countryTouched, setCountryTouched] = useState(false);
  const [languages, setLanguages] = useState<string[]>(() => [i18n.language]);
  const [sdgs, setSdgs] = useState<string[]>([]);
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(find.error, localErrors);
  const labels = {
    problem: t('partners.problem'),
    country: t('partners.myCountry'),
    languages: t('partners.myLanguages'),
    sdgs: t('partners.goals'),
  };

  // Signed in: where my first organisation is, unless I already chose.
  const firstCountry = myOrganisations.data?.items[0]?.organisation.country ?? null;
  useEffect(() => {
    if (!countryTouched && firstCountry) setCountry(firstCountry);
  }, [countryTouched, firstCountry]);

  const search = (chosenSdgs: string[]) => {
    const errors: LocalErrors = {};
    if (isBlank(problem)) errors.problem = t('validation.required');
    if (!country) errors.country = t('validation.choose');
    setLocalErrors(errors);
    if (hasErrors(errors) || !country) return;
    find.mutate({
      problem: problem.trim(),
      language: i18n.language,
      country,
      languages,
      sdgs: chosenSdgs.map(Number),
      limit: RESULT_LIMIT,
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    search(sdgs);
  };

  const result = find.data;
  return (
    <>
      <h1>{t('partners.title')}</h1>
      <p className="lead">{t('partners.intro')}</p>
      <form onSubmit={submit} noValidate className="form">
        <ProblemSummary problem={find.error} localErrors={localErrors} labels={labels} />
        <TextInput
          label={labels.problem}
          description={t('partners.problemHelp')}
          multiline
          value={problem}
          onChange={setProblem}
          error={errorFor('problem')}
          isRequired
        />
        <ComboBoxInput
          label={labels.country}
          choices={countryChoices}
          value={country}
          onChange={(value) => {
            setCountryTouched(true);
            setCountry(value);
          }}
          error={errorFor('country')}
          emptyText={t('organisations.noCountryMatch')}
        />
        <CheckboxGroupInput
          label={labels.languages}
          choices={languageChoices}
          values={languages}
          onChange={setLanguages}
          className="language-choices"
          error={errorFor('languages')}
        />
        <CheckboxGroupInput
          label={labels.sdgs}
          description={t('partners.goalsHelp')}
          choices={sdgChoices}
          values={sdgs}
          onChange={setSdgs}
          className="sdg-choices"
          error={errorFor('sdgs')}
        />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={find.isPending}>
            {find.isPending ? t('partners.searching') : t('partners.search')}
          </Button>
        </div>
      </form>
      {result && (
        <section aria-labelledby="matches-title" className="section">
          <h2 id="matches-title">{t('partners.matches')}</h2>
          {result.inferredSdgs.length > 0 ? (
            <div className="notice">
              <p>
                {t('partners.inferred', {
                  goals: formatList(
                    result.inferredSdgs.map((entry) => sdgName(entry.sdg, i18n.language)),
                    i18n.language,
                  ),
                })}
              </p>
              <ul className="inferred-goals">
                {result.inferredSdgs.map((entry) => (
                  <li key={entry.sdg}>
                    {t('partners.inferredFrom', {
                      goal: sdgName(entry.sdg, i18n.language),
                      words: formatList(
                        entry.terms.map((term) => `“${term}”`),
                        i18n.language,
                      ),
                    })}
                  </li>
                ))}
              </ul>
              {sdgs.length === 0 && (
                <Button
                  className="button button-secondary"
                  onPress={() => setSdgs(result.inferredSdgs.map((entry) => String(entry.sdg)))}
                >
                  {t('partners.editGoals')}
                </Button>
              )}
            </div>
          ) : (
            sdgs.length === 0 && <p className="notice">{t('partners.noInferred')}</p>
          )}
          <p role="status" className="result-count">
            {t('partners.count', { total: result.matches.length })}
          </p>
          {result.matches.length === 0 ? (
            <EmptyState>{t('partners.none')}</EmptyState>
          ) : (
            <ol className="card-list">
              {result.matches.map((match, index) => (
                <PartnerMatchCard key={match.organisation.id} match={match} rank={index + 1} />
              ))}
            </ol>
          )}
        </section>
      )}
    </>
  );
}
