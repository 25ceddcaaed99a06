import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { PAGE_SIZE } from '../api/directory-search.ts';

interface DirectoryResultsProps<T> {
  query: UseQueryResult<{ items: T[]; total: number; totalCapped?: boolean }>;
  offset: number;
  onOffset: (offset: number) => void;
  /** The count as a number, or as "1000+" when the server stopped counting. */
  countText: (total: number | string) => string;
  emptyText: string;
  pagesLabel: string;
  renderItem: (item: T) => ReactNode;
}

/** One tab's answer: a spoken count, the cards, and pages. */
export function DirectoryResults<T>(props: DirectoryResultsProps<T>) {
  const { t } = useTranslation();
  const { query } = props;
  return (
    <section aria-label={t('directory.results')} aria-busy={query.isFetching}>
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} />}
      {query.data && (
        <>
          <p role="status" className="result-count">
            {props.countText(query.data.totalCapped ? `${query.data.total}+` : query.data.total)}
          </p>
          {query.data.items.length === 0 ? (
            <EmptyState>{props.emptyText}</EmptyState>
          ) : (
            <ul className="card-list">{query.data.items.map(props.renderItem)}</ul>
          )}
          <Pagination
            label={props.pagesLabel}
            offset={props.offset}
            limit={PAGE_SIZE}
            total={query.data.total}
            onChange={props.onOffset}
          />
        </>
      )}
    </section>
  );
}
