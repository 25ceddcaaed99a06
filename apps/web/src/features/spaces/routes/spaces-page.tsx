import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CheckboxInput } from '../../../components/ui/checkbox-input.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { SearchInput } from '../../../components/ui/search-input.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useDebouncedCallback } from '../../../lib/use-debounced-callback.ts';
import { PAGE_SIZE, useSpaces } from '../api/spaces.ts';
import { SpaceCard } from '../components/space-card.tsx';

export function SpacesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('spaces.title'));
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const filters = {
    q: params.get('q') ?? '',
    mine: params.get('mine') === 'true',
    offset: Math.max(0, Number(params.get('offset')) || 0),
  };
  const spaces = useSpaces(filters);

  const update = (change: Record<string, string | null>) =>
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
  const updateSearch = useDebouncedCallback((term: string) => update({ q: term.trim() || null }));

  return (
    <>
      <div className="page-heading">
        <h1>{t('spaces.title')}</h1>
        <Link className="button button-primary" to={user ? '/spaces/new' : '/login?returnTo=/spaces/new'}>
          {t('spaces.create')}
        </Link>
      </div>
      <p className="lead">{t('spaces.intro')}</p>
      <search className="filters" aria-label={t('spaces.filters')}>
        <SearchInput
          label={t('spaces.search')}
          value={search}
          onChange={(value) => {
            setSearch(value);
            updateSearch(value);
          }}
          className="filter-search"
        />
        {user && (
          <CheckboxInput
            isSelected={filters.mine}
            onChange={(mine) => update({ mine: mine ? 'true' : null })}
          >
            {t('spaces.onlyMine')}
          </CheckboxInput>
        )}
      </search>
      <section aria-labelledby="space-results" aria-busy={spaces.isFetching}>
        <h2 id="space-results" className="visually-hidden">
          {t('spaces.results')}
        </h2>
        {spaces.isPending && <Loading />}
        {spaces.isError && <LoadError error={spaces.error} />}
        {spaces.data && (
          <>
            <p role="status" className="result-count">
              {t('spaces.count', { total: spaces.data.total })}
            </p>
            {spaces.data.items.length === 0 ? (
              <EmptyState>{user ? t('spaces.empty') : t('spaces.emptyAnonymous')}</EmptyState>
            ) : (
              <ul className="card-list">
                {spaces.data.items.map((space) => (
                  <SpaceCard key={space.id} space={space} />
                ))}
              </ul>
            )}
            <Pagination
              label={t('spaces.pages')}
              offset={filters.offset}
              limit={PAGE_SIZE}
              total={spaces.data.total}
              onChange={(offset) => update({ offset: offset ? String(offset) : null })}
            />
          </>
        )}
      </section>
    </>
  );
}
