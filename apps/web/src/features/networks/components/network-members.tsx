import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { countryName } from '../../../lib/format.ts';
import { MEMBERS_PAGE_SIZE, type NetworkMember, useNetworkMembers } from '../api/networks.ts';

function MemberList({ slug, kind }: { slug: string; kind: NetworkMember['kind'] }) {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const members = useNetworkMembers(slug, kind, offset);
  if (members.isPending) return <Loading />;
  if (members.isError) return <LoadError error={members.error} />;
  if (members.data.items.length === 0) return <EmptyState>{t('networks.noMembers')}</EmptyState>;
  return (
    <>
      <ul className="item-list">
        {members.data.items.map((member) => (
          <li key={member.id} className="item">
            <div>
              {member.organisation && (
                <Link to={`/organisations/${member.organisation.slug}`}>
                  <LocalisedText value={member.organisation.names} />
                </Link>
              )}
              {member.person && (
                <Link to={`/people/${member.person.userId}`}>{member.person.displayName}</Link>
              )}{' '}
              <span className="muted">
                {t(`networkRoles.${member.role}`)}
                {(member.organisation?.country ?? member.person?.country) &&
                  ` · ${countryName(member.organisation?.country ?? member.person?.country ?? '', i18n.language)}`}
              </span>
            </div>
          </li>
        ))}
      </ul>
      <Pagination
        label={t('networks.memberPages')}
        offset={offset}
        limit={MEMBERS_PAGE_SIZE}
        total={members.data.total}
        onChange={setOffset}
      />
    </>
  );
}

/** The member directory: organisations and people on two tabs. */
export function NetworkMembers({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <Tabs className="tabs">
      <TabList aria-label={t('networks.members')} className="tab-list">
        <Tab id="organisation" className="tab">
          {t('directory.organisationsTab')}
        </Tab>
        <Tab id="person" className="tab">
          {t('directory.peopleTab')}
        </Tab>
      </TabList>
      <TabPanel id="organisation" className="tab-panel">
        <MemberList slug={slug} kind="organisation" />
      </TabPanel>
      <TabPanel id="person" className="tab-panel">
        <MemberList slug={slug} kind="person" />
      </TabPanel>
    </Tabs>
  );
}
