import { sdgName } from '@crossgov/shared';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '../../../components/ui/conflict-notice.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TableWrap } from '../../../components/ui/table-wrap.tsx';
import { isVersionConflict } from '../../../lib/api-problem.ts';
import { languageName } from '../../../lib/format.ts';
import { formatList } from '../../../lib/theme-choices.ts';
import { type Pair, type PairingCohort, useAdjustPairs, useCohort } from '../api/pairing.ts';

const NOBODY = 'nobody';

function PairReasons({ pair }: { pair: Pair }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { sharedExpertise, sharedLanguages, sharedSdgs } = pair.reasons;
  const parts = [
    sharedExpertise.length > 0 &&
      t('pairing.reasons.expertise', { topics: formatList(sharedExpertise, language) }),
    sharedLanguages.length > 0 &&
      t('pairing.reasons.languages', {
        languages: formatList(
          sharedLanguages.map((code) => languageName(code, language)),
          language,
        ),
      }),
    sharedSdgs.length > 0 &&
      t('pairing.reasons.goals', {
        goals: formatList(
          sharedSdgs.map((sdg) => sdgName(sdg, language)),
          language,
        ),
      }),
  ].filter((part): part is string => Boolean(part));
  return <>{parts.length > 0 ? parts.join(' · ') : t('pairing.reasons.none')}</>;
}

/**
 * The proposed pairs with their reasons. Choosing another counterpart for someone gives theirs to whoever had
 * the chosen one (a swap), so the pairs stay one-to-one; saving sends the whole set.
 */
export function PairsTable({ cohort }: { cohort: PairingCohort }) {
  const { t } = useTranslation();
  const adjust = useAdjustPairs(cohort.id);
  const reload = useCohort(cohort.id);
  const [draft, setDraft] = useState<Map<string, string> | null>(null);
  const names = new Map(
    [...cohort.cohort, ...cohort.pool].map((person) => [person.userId, person.displayName]),
  );
  const saved = new Map(cohort.pairs.map((pair) => [pair.personId, pair.counterpartId]));
  const current = draft ?? saved;
  const confirmed = cohort.status === 'confirmed';
  const choices = [
    { id: NOBODY, label: t('pairing.nobody') },
    ...cohort.pool.map((person) => ({ id: person.userId, label: person.displayName })),
  ];

  const choose = (personId: string, counterpartId: string) => {
    const next = new Map(current);
    const previous = next.get(personId);
    const holder = [...next.entries()].find(([, other]) => other === counterpartId)?.[0];
    if (counterpartId === NOBODY) next.delete(personId);
    else next.set(personId, counterpartId);
    if (holder && holder !== personId) {
      if (previous) next.set(holder, previous);
      else next.delete(holder);
    }
    setDraft(next);
  };
  const save = () => {
    if (!draft) return;
    adjust.mutate(
      {
        pairs: [...draft.entries()].map(([personId, counterpartId]) => ({ personId, counterpartId })),
        version: cohort.version,
      },
      { onSuccess: () => setDraft(null) },
    );
  };
  const pairOf = new Map(cohort.pairs.map((pair) => [pair.personId, pair]));

  return (
    <>
      {isVersionConflict(adjust.error) ? (
        <ConflictNotice
          onReload={() => {
            setDraft(null);
            adjust.reset();
            void reload.refetch();
          }}
        />
      ) : (
        <ProblemSummary problem={adjust.error} />
      )}
      <TableWrap label={t('pairing.pairsTitle')}>
        <table>
          <caption className="visually-hidden">{t('pairing.pairsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pairing.person')}</th>
              <th scope="col">{t('pairing.counterpart')}</th>
              <th scope="col">{t('pairing.fit')}</th>
              <th scope="col">{t('pairing.why')}</th>
            </tr>
          </thead>
          <tbody>
            {cohort.cohort.map((person) => {
              const pair = pairOf.get(person.userId);
              const counterpart = current.get(person.userId) ?? NOBODY;
              const changed = draft !== null && counterpart !== (saved.get(person.userId) ?? NOBODY);
              return (
                <tr key={person.userId}>
                  <th scope="row">{person.displayName}</th>
                  <td>
                    {confirmed ? (
                      (names.get(counterpart) ?? t('pairing.nobody'))
                    ) : (
                      <SelectInput
                        label={t('pairing.counterpartOf', { name: person.displayName })}
                        hideLabel
                        choices={choices}
                        value={counterpart}
                        onChange={(value) => choose(person.userId, value)}
                      />
                    )}
                  </td>
                  <td>{pair && !changed ? t('pairing.score', { score: pair.score.toFixed(2) }) : '—'}</td>
                  <td>
                    {pair && !changed ? (
                      <>
                        <PairReasons pair={pair} />
                        {pair.source === 'adjusted' && (
                          <span className="badge badge-muted">{t('pairing.adjusted')}</span>
                        )}
                      </>
                    ) : (
                      changed && t('pairing.unsaved')
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      {!confirmed && (
        <div className="button-row">
          <Button className="button button-primary" onPress={save} isDisabled={!draft || adjust.isPending}>
            {t('pairing.saveAdjustments')}
          </Button>
          {draft && (
            <Button className="button button-secondary" onPress={() => setDraft(null)}>
              {t('common.cancel')}
            </Button>
          )}
        </div>
      )}
    </>
  );
}
