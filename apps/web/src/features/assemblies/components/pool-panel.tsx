import { VOLUNTEER_STATUSES, type VolunteerStatus } from '@crossgov/shared';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CheckboxInput } from '../../../components/ui/checkbox-input.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { SearchInput } from '../../../components/ui/search-input.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TableWrap } from '../../../components/ui/table-wrap.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import {
  type Assembly,
  useImportPool,
  useReplace,
  useVolunteers,
  VOLUNTEERS_PAGE,
} from '../api/assemblies.ts';
import { featureLabel } from './labels.ts';
import { PersonalDataErasure } from './personal-data-erasure.tsx';

function ImportForm({ assembly }: { assembly: Assembly }) {
  const { t } = useTranslation();
  const importPool = useImportPool(assembly.slug);
  const [csv, setCsv] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (csv.trim()) importPool.mutate(csv);
  };
  const columns = [
    ...assembly.categories.map((category) => category.key),
    'id',
    'name',
    'email',
    'household',
  ];
  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('assemblies.importTitle')}>
      <h3>{t('assemblies.importTitle')}</h3>
      <ProblemSummary problem={importPool.error} />
      {importPool.isSuccess && (
        <p role="status" className="success-message">
          {t('assemblies.imported', { count: importPool.data.imported })}
        </p>
      )}
      <label className="field">
        <span>{t('assemblies.importFile')}</span>
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (file) setCsv(await file.text());
          }}
        />
      </label>
      <TextInput
        label={t('assemblies.importText')}
        description={t('assemblies.importHelp', { columns: columns.join(', ') })}
        multiline
        value={csv}
        onChange={setCsv}
      />
      <div className="button-row">
        <Button
          type="submit"
          className="button button-primary"
          isDisabled={importPool.isPending || !csv.trim()}
        >
          {t('assemblies.import')}
        </Button>
      </div>
    </form>
  );
}

/** Managers only: the pool with its personal data, duplicates and households; panel members can drop out. */
export function PoolPanel({ assembly }: { assembly: Assembly }) {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState<VolunteerStatus | 'all'>('all');
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const volunteers = useVolunteers(assembly.slug, {
    offset,
    status: status === 'all' ? undefined : status,
    q: q || undefined,
  });
  const filtered = status !== 'all' || q !== '';
  const replace = useReplace(assembly.slug);
  const drawn = assembly.lottery?.drawn ?? false;
  // Panel members marked as dropped out, replaced together in one request (one solve keeps every quota).
  const [marked, setMarked] = useState<string[]>([]);
  const toggle = (id: string, on: boolean) =>
    setMarked((current) => (on ? [...current, id] : current.filter((other) => other !== id)));
  const nameOf = (id: string) => {
    const person = volunteers.data?.items.find((other) => other.id === id);
    return person ? (person.name ?? person.publicId) : id;
  };
  return (
    <>
      <p className="notice">{t('assemblies.privacyNotice')}</p>
      <PersonalDataErasure assembly={assembly} />
      {assembly.personalDataErasedAt ? null : assembly.categories.length > 0 ? (
        <ImportForm assembly={assembly} />
      ) : (
        <p>{t('assemblies.quotasFirst')}</p>
      )}
      <h3>{t('assemblies.volunteers')}</h3>
      <search className="filters" aria-label={t('assemblies.findVolunteers')}>
        <SearchInput
          className="filter-search"
          label={t('assemblies.findVolunteer')}
          value={search}
          onChange={(value) => {
            setSearch(value);
            setOffset(0);
          }}
        />
        <SelectInput
          label={t('assemblies.status')}
          value={status}
          onChange={(value) => {
            setStatus(value as VolunteerStatus | 'all');
            setOffset(0);
          }}
          choices={[
            { id: 'all', label: t('common.allStatuses') },
            ...VOLUNTEER_STATUSES.map((id) => ({ id, label: t(`assemblies.volunteerStatus.${id}`) })),
          ]}
        />
      </search>
      {volunteers.isPending ? (
        <Loading />
      ) : volunteers.isError ? (
        <LoadError error={volunteers.error} />
      ) : volunteers.data.total === 0 ? (
        <EmptyState>
          {filtered ? t('assemblies.noVolunteerMatches') : t('assemblies.noVolunteers')}
        </EmptyState>
      ) : (
        <>
          {filtered ? (
            <p>{t('assemblies.volunteerMatches', { count: volunteers.data.total })}</p>
          ) : (
            <p>
              {t('assemblies.poolSummary', {
                count: volunteers.data.total,
                duplicates: volunteers.data.duplicateEmails,
                households: volunteers.data.sharedHouseholds,
              })}
            </p>
          )}
          <ProblemSummary problem={replace.error} />
          {replace.isSuccess && (
            <div role="status" className="success-message">
              <p>{t('assemblies.replaced', { count: replace.data.replacements.length })}</p>
              <ul aria-label={t('assemblies.replacementsList')}>
                {replace.data.replacements.map((id) => (
                  <li key={id}>{nameOf(id)}</li>
                ))}
              </ul>
            </div>
          )}
          {drawn && (
            <div className="button-row">
              <Button
                className="button button-primary"
                isDisabled={replace.isPending || marked.length === 0}
                onPress={() => replace.mutate(marked, { onSuccess: () => setMarked([]) })}
              >
                {t('assemblies.replaceMarked', { count: marked.length })}
              </Button>
            </div>
          )}
          <TableWrap label={t('assemblies.volunteers')}>
            <table className="table">
              <caption>{t('assemblies.volunteers')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('assemblies.name')}</th>
                  <th scope="col">{t('assemblies.email')}</th>
                  {assembly.categories.map((category) => (
                    <th scope="col" key={category.key}>
                      {category.labels[i18n.language]?.text ?? Object.values(category.labels)[0]?.text}
                    </th>
                  ))}
                  <th scope="col">{t('assemblies.household')}</th>
                  <th scope="col">{t('assemblies.status')}</th>
                  {drawn && <th scope="col">{t('assemblies.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {volunteers.data.items.map((person) => (
                  <tr key={person.id}>
                    <td>
                      {person.name ?? <span className="badge badge-muted">{t('assemblies.erasedName')}</span>}
                    </td>
                    <td>
                      {person.email}
                      {person.duplicateEmail && (
                        <span className="badge badge-muted">{t('assemblies.duplicate')}</span>
                      )}
                    </td>
                    {assembly.categories.map((category) => (
                      <td key={category.key}>
                        {featureLabel(
                          assembly,
                          category.key,
                          person.features[category.key] ?? '',
                          i18n.language,
                        )}
                      </td>
                    ))}
                    <td>
                      {person.householdSize > 1
                        ? t('assemblies.sharedHousehold', { count: person.householdSize })
                        : '—'}
                    </td>
                    <td>{t(`assemblies.volunteerStatus.${person.status}`)}</td>
                    {drawn && (
                      <td>
                        {(person.status === 'selected' || person.status === 'replacement') && (
                          <CheckboxInput
                            isSelected={marked.includes(person.id)}
                            onChange={(on) => toggle(person.id, on)}
                            isDisabled={replace.isPending}
                          >
                            {t('assemblies.dropOut', { name: person.name ?? person.publicId })}
                          </CheckboxInput>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination
            offset={offset}
            limit={VOLUNTEERS_PAGE}
            total={volunteers.data.total}
            onChange={setOffset}
            label={t('assemblies.volunteerPages')}
          />
        </>
      )}
    </>
  );
}
