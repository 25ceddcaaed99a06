import { pickText } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../components/ui/table-wrap.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { BudgetResults } from '../api/budgets.ts';
import { formatMoney, formatShare, placeName } from './budget-format.ts';
import { ProjectMap } from './project-map.tsx';

type ResultProject = BudgetResults['projects'][number];

/** The engine's explanation of one project, in the reader's language. */
function useExplain(results: BudgetResults) {
  const { t, i18n } = useTranslation();
  return (project: ResultProject): string => {
    const entry = project.explanation;
    if (!entry) return '';
    const decimal = (value: number | null) =>
      value === null ? '–' : value.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
    return t(`budgets.explain.${entry.reason}`, {
      round: entry.round ?? '–',
      share:
        entry.pricePerSupporter === null
          ? '–'
          : formatMoney(entry.pricePerSupporter, results.currency, i18n.language),
      full: entry.payers?.full ?? 0,
      allTheyHad: entry.payers?.allTheyHad ?? 0,
      winner: entry.lostTo?.projectId ?? '–',
      theirs: decimal(entry.lostTo?.effectiveVotes ?? null),
      ours: decimal(entry.effectiveVotes),
      defaultValue: entry.reason,
    });
  };
}

/** Stored results: the chosen rule's outcome, greedy beside it, explanations, fairness and a map. */
export function ResultsPanel({ results }: { results: BudgetResults }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const explain = useExplain(results);
  const money = (amount: number) => formatMoney(amount, results.currency, locale);
  const name = (project: ResultProject) => `${project.number}. ${pickText(project.titles, locale)}`;
  const onlyRule = results.projects.filter((project) => project.funded && !project.fundedByGreedy);
  const onlyGreedy = results.projects.filter((project) => !project.funded && project.fundedByGreedy);
  const ruleName = t(`budgets.rules.${results.rule}`);
  return (
    <>
      {results.publishedAt ? (
        <p>{t('budgets.results.published', { date: formatDateTime(results.publishedAt, locale) })}</p>
      ) : (
        <p className="notice">{t('budgets.results.draft')}</p>
      )}
      <p>
        {t('budgets.ruleLine', { rule: ruleName })}.{' '}
        {t('budgets.results.summary', {
          voters: results.voters,
          cost: money(results.cost),
          pot: money(results.pot),
        })}
      </p>
      <TableWrap label={t('budgets.results.title')}>
        <table>
          <caption className="visually-hidden">{t('budgets.results.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budgets.propose.projectTitle')}</th>
              <th scope="col">{t('budgets.projects.cost')}</th>
              <th scope="col">{t('budgets.results.votes')}</th>
              <th scope="col">{t('budgets.results.funded')}</th>
              <th scope="col">{t('budgets.results.greedy')}</th>
              <th scope="col">{t('budgets.results.why')}</th>
            </tr>
          </thead>
          <tbody>
            {results.projects.map((project) => (
              <tr key={project.id}>
                <th scope="row">{name(project)}</th>
                <td>{money(project.cost)}</td>
                <td>{project.supporters}</td>
                <td>{project.funded ? t('budgets.results.yes') : t('budgets.results.no')}</td>
                <td>{project.fundedByGreedy ? t('budgets.results.yes') : t('budgets.results.no')}</td>
                <td>{explain(project)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <h3>{t('budgets.results.comparison')}</h3>
      {onlyRule.length === 0 && onlyGreedy.length === 0 ? (
        <p>{t('budgets.results.same')}</p>
      ) : (
        <ul>
          {onlyRule.length > 0 && (
            <li>
              {t('budgets.results.onlyRule', { rule: ruleName, projects: onlyRule.map(name).join('; ') })}
            </li>
          )}
          {onlyGreedy.length > 0 && (
            <li>{t('budgets.results.onlyGreedy', { projects: onlyGreedy.map(name).join('; ') })}</li>
          )}
        </ul>
      )}
      <h3>{t('budgets.results.fairness')}</h3>
      <p>{t('budgets.results.fairnessIntro')}</p>
      <TableWrap label={t('budgets.results.fairness')}>
        <table>
          <caption className="visually-hidden">{t('budgets.results.fairness')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budgets.host')}</th>
              <th scope="col">{t('budgets.results.voters')}</th>
              <th scope="col">{t('budgets.results.contributed')}</th>
              <th scope="col">{t('budgets.results.benefit')}</th>
              <th scope="col">{t('budgets.results.ratio')}</th>
            </tr>
          </thead>
          <tbody>
            {results.fairness.map((row) => (
              <tr key={row.jurisdiction}>
                <th scope="row">{placeName(row.jurisdiction, locale)}</th>
                <td>{row.voters}</td>
                <td>
                  {row.contributed === null ? '–' : money(row.contributed)} (
                  {formatShare(row.contributionShare, locale)})
                </td>
                <td>
                  {money(row.benefit)} ({formatShare(row.benefitShare, locale)})
                </td>
                <td>
                  {row.benefitPerContribution === null
                    ? '–'
                    : row.benefitPerContribution.toLocaleString(locale, { maximumFractionDigits: 2 })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <h3>{t('budgets.results.map')}</h3>
      <ProjectMap results={results} />
    </>
  );
}
