import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../components/ui/table-wrap.tsx';
import { countryName } from '../../../lib/format.ts';
import {
  type ConversationResults,
  type OpinionMapData,
  useResults,
  useResultsVersion,
} from '../api/conversations.ts';
import { groupLetter, OpinionMap } from './opinion-map.tsx';

const percent = (value: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);

function StatementText({ id, statements }: { id: number; statements: ConversationResults['statements'] }) {
  const statement = statements.find((s) => s.id === id);
  if (!statement) return <span>#{id}</span>;
  return (
    <span lang={statement.language} dir="auto">
      {statement.text}
    </span>
  );
}

/**
 * The results: polled every few seconds through the cheap version endpoint, refetched only when the worker
 * thread has stored a newer map; a polite live region says when the map changed.
 */
export function ConversationResultsPanel({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const version = useResultsVersion(slug);
  const results = useResults(slug, version.data?.version);
  const [announcement, setAnnouncement] = useState('');
  const shown = useRef<number | null>(null);
  const current = results.data?.version;
  useEffect(() => {
    if (current === undefined) return;
    if (shown.current !== null && current !== shown.current)
      setAnnouncement(t('conversations.results.updated', { version: current }));
    shown.current = current;
  }, [current, t]);

  const data = results.data;
  const map = data?.results;
  const locale = i18n.language;
  return (
    <section aria-labelledby="conversation-results-title" className="section conversation-results">
      <h3 id="conversation-results-title">{t('conversations.results.title')}</h3>
      <p className="muted">
        {t('conversations.results.live')}{' '}
        <span data-testid="results-version">
          {t('conversations.results.version', { version: data?.version ?? 0 })}
        </span>
        {version.data?.computing ? ` ${t('conversations.results.computing')}` : ''}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {!map || !data ? (
        <p>{t('conversations.results.none')}</p>
      ) : (
        <>
          <p>
            {t('conversations.results.summary', {
              inConversation: map.inConversation,
              participants: map.participants,
              groups: map.groups.length,
            })}
          </p>
          <OpinionMap map={map} />

          <h4>{t('conversations.results.groupsTitle')}</h4>
          {map.groups.map((group) => (
            <section key={group.id} aria-labelledby={`group-${group.id}`} className="opinion-group">
              <h5 id={`group-${group.id}`}>
                {t('conversations.results.group', { letter: groupLetter(group.id) })} ·{' '}
                {t('conversations.results.members', { count: group.size })}
              </h5>
              <p>{t('conversations.results.representative')}</p>
              <ul>
                {group.representative.map((r) => (
                  <li key={`${r.statementId}-${r.direction}`}>
                    <StatementText id={r.statementId} statements={data.statements} />{' '}
                    <span className="muted">
                      {t(
                        r.direction === 'agree'
                          ? 'conversations.results.agreeShare'
                          : 'conversations.results.disagreeShare',
                        { percent: percent(r.probability, locale) },
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}

          <h4>{t('conversations.results.consensusTitle')}</h4>
          {map.consensus.agree.length === 0 ? (
            <p>{t('conversations.results.noneListed')}</p>
          ) : (
            <ul>
              {map.consensus.agree.map((c) => (
                <li key={c.statementId}>
                  <StatementText id={c.statementId} statements={data.statements} />{' '}
                  <span className="muted">
                    {t('conversations.results.everyoneAgrees', { percent: percent(c.probability, locale) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {map.consensus.disagree.length > 0 && (
            <>
              <h4>{t('conversations.results.consensusDisagreeTitle')}</h4>
              <ul>
                {map.consensus.disagree.map((c) => (
                  <li key={c.statementId}>
                    <StatementText id={c.statementId} statements={data.statements} />
                  </li>
                ))}
              </ul>
            </>
          )}

          <h4>{t('conversations.results.bridgingTitle')}</h4>
          <p>{t('conversations.results.bridgingIntro')}</p>
          {map.bridging.length === 0 ? (
            <p>{t('conversations.results.noneListed')}</p>
          ) : (
            <ol>
              {map.bridging.slice(0, 8).map((b) => (
                <li key={b.statementId}>
                  <StatementText id={b.statementId} statements={data.statements} />{' '}
                  <span className="muted">
                    {b.perCountry
                      .map((c) => `${countryName(c.country, locale)} ${percent(c.value, locale)}`)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ol>
          )}

          <h4>{t('conversations.results.gicTitle')}</h4>
          <ol>
            {map.groupInformedConsensus.slice(0, 5).map((g) => (
              <li key={g.statementId}>
                <StatementText id={g.statementId} statements={data.statements} />{' '}
                <span className="muted">{percent(g.value, locale)}</span>
              </li>
            ))}
          </ol>

          <h4>{t('conversations.results.countriesTitle')}</h4>
          {map.withoutCountry > 0 && (
            <p>{t('conversations.results.withoutCountry', { count: map.withoutCountry })}</p>
          )}
          <CountryTable map={map} statements={data.statements} />
        </>
      )}
    </section>
  );
}

function CountryTable({
  map,
  statements,
}: {
  map: OpinionMapData;
  statements: ConversationResults['statements'];
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const countries = map.countries.map((c) => c.country);
  const ids = [...new Set(map.countryVotes.map((v) => v.statementId))].sort((a, b) => a - b);
  const cell = (id: number, country: string) =>
    map.countryVotes.find((v) => v.statementId === id && v.country === country);
  return (
    <TableWrap label={t('conversations.results.countryCaption')}>
      <table>
        <caption>{t('conversations.results.countryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conversations.results.statement')}</th>
            {countries.map((country) => (
              <th scope="col" key={country}>
                {countryName(country, locale)} (
                {map.countries.find((c) => c.country === country)?.participants ?? 0})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => (
            <tr key={id}>
              <th scope="row">
                <StatementText id={id} statements={statements} />
              </th>
              {countries.map((country) => {
                const votes = cell(id, country);
                return (
                  <td key={country}>
                    {votes && votes.seen > 0
                      ? t('conversations.results.countryCell', {
                          agree: percent(votes.agree / votes.seen, locale),
                          disagree: percent(votes.disagree / votes.seen, locale),
                          seen: votes.seen,
                        })
                      : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
