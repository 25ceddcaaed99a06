import { useTranslation } from 'react-i18next';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { TableWrap } from '../../../components/ui/table-wrap.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { Budget } from '../api/budgets.ts';
import { formatMoney, placeName } from './budget-format.ts';

const PHASE_KEYS = [
  'proposalsOpen',
  'proposalsClose',
  'reviewClose',
  'votingOpen',
  'votingClose',
  'resultsOn',
] as const;

/** What the budget is about: the process, the pot per host, the dates, and how votes are cast and counted. */
export function BudgetOverview({ budget }: { budget: Budget }) {
  const { t, i18n } = useTranslation();
  const { settings, pot } = budget;
  const locale = i18n.language;
  const { method } = settings;
  let detail: string;
  if (method.type === 'approval') {
    const range =
      method.minProjects !== null && method.maxProjects !== null
        ? ` ${t('budgets.methodDetails.approvalRange', { min: method.minProjects, max: method.maxProjects })}`
        : '';
    detail = `${t('budgets.methodDetails.approval')}${range}`;
  } else if (method.type === 'cumulative')
    detail = t('budgets.methodDetails.cumulative', { total: method.totalPoints, max: method.maxPerProject });
  else if (method.type === 'ranking') detail = t('budgets.methodDetails.ranking', { max: method.maxRanks });
  else detail = t('budgets.methodDetails.choose-one');
  return (
    <>
      {Object.keys(settings.descriptions).length > 0 && (
        <LocalisedText value={settings.descriptions} as="p" />
      )}
      <p>
        <strong>{t('budgets.phase', { phase: t(`budgets.phases.${budget.phase}`) })}</strong>{' '}
        {t('budgets.counts', { projects: budget.projectCount, ballots: budget.ballotCount })}
      </p>
      <h3>{t('budgets.pot')}</h3>
      {pot.hosts.length === 0 ? (
        <p>{t('budgets.noHosts')}</p>
      ) : (
        <TableWrap label={t('budgets.pot')}>
          <table>
            <caption className="visually-hidden">{t('budgets.pot')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('budgets.host')}</th>
                <th scope="col">{t('budgets.pledge')}</th>
                <th scope="col">{t('budgets.rate')}</th>
                <th scope="col">{t('budgets.converted')}</th>
              </tr>
            </thead>
            <tbody>
              {pot.hosts.map((host) => (
                <tr key={host.jurisdiction}>
                  <th scope="row">{placeName(host.jurisdiction, locale)}</th>
                  <td>{formatMoney(host.pledge, host.currency, locale)}</td>
                  <td>
                    1 {host.currency} = {host.rate.toLocaleString(locale)} {settings.currency}
                  </td>
                  <td>{formatMoney(host.converted, settings.currency, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p>
        <strong>
          {t('budgets.potTotal', { amount: formatMoney(pot.total, settings.currency, locale) })}
        </strong>
      </p>
      <h3>{t('budgets.phaseDates')}</h3>
      <dl className="facts">
        {PHASE_KEYS.map((key) => (
          <div key={key}>
            <dt>{t(`budgets.phaseNames.${key}`)}</dt>
            <dd>
              {settings.phases[key]
                ? formatDateTime(settings.phases[key], locale)
                : t('budgets.notScheduled')}
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('budgets.method')}</h3>
      <p>
        {t(`budgets.methods.${settings.method.type}`)}. {detail}{' '}
        {t('budgets.ruleLine', { rule: t(`budgets.rules.${settings.rule.rule}`) })}
      </p>
    </>
  );
}
