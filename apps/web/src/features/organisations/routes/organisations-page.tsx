import { ORGANISATION_TYPES, type OrganisationType } from '@crossgov/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useDebouncedCallback } from '../../../lib/use-debounced-callback.ts';
import { PAGE_SIZE, useOrganisations } from '../api/organisations.ts';
import { OrganisationCard } from '../components/organisation-card.tsx';
import { type FilterValues, OrganisationFilters } from '../components/organisation-filters.tsx';

function asType(value: string | null): OrganisationType | null {
  return ORGANISATION_TYPES.find((type) => type === value) ?? null;
}

/** Filters live in the address, so a filtered list can be shared and the back button restores it. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisations.title'));
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const filters = {
    q: params.get('q') ?? '',
    country: params.get('country'),
    type: asType(params.get('type')),
    verifiedOnly: params.get('verified') === 'true',
    offset: Math.max(0, Number(params.get('offset')) || 0),
  };
  const organisations = useOrganisations(filters);

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

  // Only a settled search term writes to the address (and so triggers a request).
  const updateSearch = useDebouncedCallback((term: string) => update({ q: term.trim() || null }));

  const onFilterChange = (change: Partial<FilterValues>) => {
    if (change.search !== undefined) {
      setSearch(change.search);
      updateSearch(change.search);
    }
    if (change.country !== undefined) update({ country: change.country });
    if (change.type !== undefined) update({ type: change.type });
    if (change.verifiedOnly !== undefined) update({ verified: change.verifiedOnly ? 'true' : null });
  };

  return (
    <>
      <div className="page-heading">
        <h1>{t('organisations.title')}</h1>
        <Link
          className="button button-primary"
          to={user ? '/organisations/new' : '/login?returnTo=/organisations/new'}
        >
          {t('organisations.register')}
        </Link>
      </div>
      <p className="lead">{t('organisations.intro')}</p>
      <OrganisationFilters
        values={{ search, country: filters.country, type: filters.type, verifiedOnly: filters.verifiedOnly }}
        onChange={onFilterChange}
      />
      <section aria-labelledby="organisation-results" aria-busy={organisations.isFetching}>
        <h2 id="organisation-results" className="visually-hidden">
          {t('organisations.results')}
        </h2>
        {organisations.isPending && <Loading />}
        {organisations.isError && <LoadError error={organisations.error} />}
        {organisations.data && (
          <>
            <p role="status" className="result-count">
              {t('organisations.count', { total: organisations.data.total })}
            </p>
            {organisations.data.items.length === 0 ? (
              <EmptyState>{t('organisations.empty')}</EmptyState>
            ) : (
              <ul className="card-list">
                {organisations.data.items.map((organisation) => (
                  <OrganisationCard key={organisation.id} organisation={organisation} />
                ))}
              </ul>
            )}
            <Pagination
              label={t('organisations.pages')}
              offset={filters.offset}
              limit={PAGE_SIZE}
              total={organisations.data.total}
              onChange={(offset) => update({ offset: offset ? String(offset) : null })}
            />
          </>
        )}
      </section>
    </>
  );
}
