import { ORGANISATION_TYPES, SDG_NUMBERS } from '@crossgov/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { UrlTabs } from '../../../components/ui/url-tabs.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useDebouncedCallback } from '../../../lib/use-debounced-callback.ts';
import {
  type DirectoryFilters as Filters,
  useNetworkSearch,
  useOrganisationSearch,
  usePeopleSearch,
} from '../api/directory-search.ts';
import { DirectoryFilters, type DirectoryFilterValues } from '../components/directory-filters.tsx';
import { DirectoryResults } from '../components/directory-results.tsx';
import { NetworkResult } from '../components/network-result.tsx';
import { OrganisationResult } from '../components/organisation-result.tsx';
import { PersonResult } from '../components/person-result.tsx';

const TABS = ['organisations', 'people', 'networks'] as const;

function filtersFrom(params: URLSearchParams): Filters {
  const sdg = Number(params.get('sdg'));
  return {
    q: params.get('q') ?? '',
    country: params.get('country'),
    type: ORGANISATION_TYPES.find((type) => type === params.get('type')) ?? null,
    sdg: SDG_NUMBERS.includes(sdg) ? sdg : null,
    language: params.get('language'),
    offset: Math.max(0, Number(params.get('offset')) || 0),
  };
}

/** One search over organisations, people and networks; the filters and the tab live in the address. */
export function DirectoryPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('directory.title'));
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const tab = TABS.find((id) => id === params.get('tab')) ?? 'organisations';
  const filters = filtersFrom(params);

  const update = (change: Record<string, string | null>) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(change)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('offset' in change)) next.delete('offset');
        return next;
      },
      { replace: true },
    );
  };
  const updateSearch = useDebouncedCallback((term: string) => update({ q: term.trim() || null }));
  const onFilterChange = (change: Partial<DirectoryFilterValues>) => {
    if (change.search !== undefined) {
      setSearch(change.search);
      updateSearch(change.search);
    }
    const { search: _search, ...rest } = change;
    if (Object.keys(rest).length > 0) update(rest);
  };
  const onOffset = (offset: number) => update({ offset: offset ? String(offset) : null });

  const organisations = useOrganisationSearch(filters, tab === 'organisations');
  const people = usePeopleSearch(filters, tab === 'people');
  const networks = useNetworkSearch(filters, tab === 'networks');

  return (
    <>
      <div className="page-heading">
        <h1>{t('directory.title')}</h1>
        <div className="button-row">
          <Link className="button button-primary" to="/directory/find-partners">
            {t('partners.title')}
          </Link>
          <Link className="button button-secondary" to="/directory/graph">
            {t('graph.title')}
          </Link>
        </div>
      </div>
      <p className="lead">{t('directory.intro')}</p>
      <DirectoryFilters
        values={{
          search,
          country: filters.country,
          type: filters.type,
          sdg: filters.sdg ? String(filters.sdg) : null,
          language: filters.language,
        }}
        onChange={onFilterChange}
        withType={tab === 'organisations'}
        withLanguage={tab !== 'networks'}
      />
      <UrlTabs
        label={t('directory.sections')}
        tabs={[
          {
            id: 'organisations',
            label: t('directory.organisationsTab'),
            content: (
              <DirectoryResults
                query={organisations}
                offset={filters.offset}
                onOffset={onOffset}
                countText={(total) => t('organisations.count', { total })}
                emptyText={t('organisations.empty')}
                pagesLabel={t('organisations.pages')}
                renderItem={(organisation) => (
                  <OrganisationResult key={organisation.id} organisation={organisation} />
                )}
              />
            ),
          },
          {
            id: 'people',
            label: t('directory.peopleTab'),
            content: (
              <DirectoryResults
                query={people}
                offset={filters.offset}
                onOffset={onOffset}
                countText={(total) => t('directory.peopleCount', { total })}
                emptyText={t('directory.noPeople')}
                pagesLabel={t('directory.peoplePages')}
                renderItem={(person) => <PersonResult key={person.userId} person={person} />}
              />
            ),
          },
          {
            id: 'networks',
            label: t('directory.networksTab'),
            content: (
              <>
                <p>
                  <Link to={user ? '/networks/new' : '/login?returnTo=/networks/new'}>
                    {t('networks.create')}
                  </Link>
                </p>
                <DirectoryResults
                  query={networks}
                  offset={filters.offset}
                  onOffset={onOffset}
                  countText={(total) => t('directory.networksCount', { total })}
                  emptyText={t('directory.noNetworks')}
                  pagesLabel={t('directory.networksPages')}
                  renderItem={(network) => <NetworkResult key={network.id} network={network} />}
                />
              </>
            ),
          },
        ]}
      />
    </>
  );
}
