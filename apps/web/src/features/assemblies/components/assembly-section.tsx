import { pickText } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { countryName, formatDate, formatDateTime, languageName } from '../../../lib/format.ts';
import { formatList } from '../../../lib/theme-choices.ts';
import type { Space } from '../../spaces/api/spaces.ts';
import { type Assembly, useAssembly } from '../api/assemblies.ts';
import { AssemblySettingsForm } from './assembly-settings-form.tsx';
import { PoolPanel } from './pool-panel.tsx';
import { QuotaEditor } from './quota-editor.tsx';
import { RecommendationsPanel } from './recommendations-panel.tsx';
import { SelectionPanel } from './selection-panel.tsx';

function money(amountMinor: number, currency: string, locale: string) {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountMinor / 100);
}

function AssemblyFacts({ assembly }: { assembly: Assembly }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <>
      <LocalisedText as="p" className="lead" value={assembly.purposes} />
      <dl className="facts">
        <div>
          <dt>{t('assemblies.hosts')}</dt>
          <dd>
            {formatList(
              assembly.hosts.map(
                (host) =>
                  `${pickText(host.names, locale)}${host.country ? ` (${countryName(host.country, locale)})` : ''}`,
              ),
              locale,
            )}
          </dd>
        </div>
        <div>
          <dt>{t('assemblies.panelSize')}</dt>
          <dd>{t('assemblies.panelOf', { count: assembly.panelSize })}</dd>
        </div>
        <div>
          <dt>{t('assemblies.languages')}</dt>
          <dd>
            {formatList(
              assembly.languages.map((code) => languageName(code, locale)),
              locale,
            )}
          </dd>
        </div>
        {assembly.stipend && (
          <div>
            <dt>{t('assemblies.stipend')}</dt>
            <dd>
              {money(assembly.stipend.amountMinor, assembly.stipend.currency, locale)}{' '}
              <LocalisedText value={assembly.stipend.note} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('assemblies.recruitment')}</dt>
          <dd>
            {assembly.recruitmentOpen ? t('assemblies.recruitmentOpen') : t('assemblies.recruitmentClosed')}
            {assembly.recruitmentClosesAt &&
              ` · ${t('assemblies.closes', { date: formatDateTime(assembly.recruitmentClosesAt, locale) })}`}
          </dd>
        </div>
        <div>
          <dt>{t('assemblies.personalData')}</dt>
          <dd>
            {assembly.personalDataErasedAt
              ? t('assemblies.erasedOn', { date: formatDate(assembly.personalDataErasedAt, locale) })
              : assembly.personalDataEraseOn
                ? t('assemblies.eraseOn', { date: formatDate(assembly.personalDataEraseOn, locale) })
                : t('assemblies.personalDataKept')}
          </dd>
        </div>
        <div>
          <dt>{t('assemblies.poolSize')}</dt>
          <dd>{assembly.poolSize}</dd>
        </div>
      </dl>
      {assembly.sessions.length > 0 && (
        <>
          <h3>{t('assemblies.sessions')}</h3>
          <ul>
            {assembly.sessions.map((session) => (
              <li key={`${session.date}-${Object.values(session.titles)[0]?.text}`}>
                <LocalisedText value={session.titles} /> · {formatDate(session.date, locale)} ·{' '}
                {session.online ? t('assemblies.online') : session.place}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="button-row">
        {assembly.recruitmentOpen && (
          <Link className="button button-primary" to={`/assemblies/${assembly.slug}/register`}>
            {t('assemblies.volunteer')}
          </Link>
        )}
        {assembly.lottery && (
          <Link className="button button-secondary" to={`/assemblies/${assembly.slug}/lottery`}>
            {t('assemblies.lotteryLink')}
          </Link>
        )}
      </p>
    </>
  );
}

/** The assembly's part of its space page: what it is for everyone, the selection tools for its managers. */
export function AssemblySection({ space }: { space: Space }) {
  const { t } = useTranslation();
  const assembly = useAssembly(space.slug);
  if (assembly.isPending) return <Loading />;
  if (assembly.isError) return <LoadError error={assembly.error} />;
  const data = assembly.data;
  return (
    <>
      <section aria-labelledby="assembly-title" className="section">
        <h2 id="assembly-title">{t('assemblies.title')}</h2>
        <AssemblyFacts assembly={data} />
      </section>
      {data.canManage && (
        <>
          <section aria-labelledby="assembly-settings-title" className="section">
            <h2 id="assembly-settings-title">{t('assemblies.settingsTitle')}</h2>
            <AssemblySettingsForm key={data.version} assembly={data} />
          </section>
          <section aria-labelledby="assembly-quotas-title" className="section">
            <h2 id="assembly-quotas-title">{t('assemblies.quotasTitle')}</h2>
            <QuotaEditor key={data.version} assembly={data} />
          </section>
          <section aria-labelledby="assembly-pool-title" className="section">
            <h2 id="assembly-pool-title">{t('assemblies.poolTitle')}</h2>
            <PoolPanel assembly={data} />
          </section>
          <section aria-labelledby="assembly-selection-title" className="section">
            <h2 id="assembly-selection-title">{t('assemblies.selectionTitle')}</h2>
            <SelectionPanel assembly={data} />
          </section>
        </>
      )}
      <section aria-labelledby="assembly-recommendations-title" className="section">
        <h2 id="assembly-recommendations-title">{t('assemblies.recommendationsTitle')}</h2>
        <RecommendationsPanel assembly={data} />
      </section>
    </>
  );
}
