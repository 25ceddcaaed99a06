import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useCurrentUser } from '../../../lib/session.ts';
import type { Space } from '../../spaces/api/spaces.ts';
import { useConversation, useStatements } from '../api/conversations.ts';
import { AddStatement } from './add-statement.tsx';
import { ConversationResultsPanel } from './conversation-results.tsx';
import { CountryQuestion } from './country-question.tsx';
import { ExportLinks, ManageConversation } from './manage-conversation.tsx';
import { VotingCard } from './voting-card.tsx';
import './conversations.css';

function MyStatements({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const statements = useStatements(slug);
  const mine = (statements.data?.items ?? []).filter((s) => s.mine && !s.isSeed);
  if (mine.length === 0) return null;
  return (
    <section aria-labelledby="my-statements-title">
      <h3 id="my-statements-title">{t('conversations.mine.title')}</h3>
      <ul>
        {mine.map((s) => (
          <li key={s.id}>
            <span lang={s.language} dir="auto">
              {s.text}
            </span>{' '}
            <span className="muted">
              {s.status === 'rejected'
                ? t('conversations.mine.rejected', { reason: s.moderationReason ?? '' })
                : t(`conversations.mine.${s.status === 'pending' ? 'pending' : 'accepted'}`)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The conversation's part of its space page: vote, add statements, see the live opinion map. */
export function ConversationSection({ space }: { space: Space }) {
  const { t } = useTranslation();
  const location = useLocation();
  const user = useCurrentUser();
  const query = useConversation(space.slug);
  const conversation = query.data;
  if (query.error) return <LoadError error={query.error} />;
  if (!conversation) return <Loading />;
  const { me } = conversation;
  return (
    <section aria-labelledby="conversation-topic" className="section conversation">
      <h2 id="conversation-topic">
        <LocalisedText value={conversation.topics} />
      </h2>
      <LocalisedText value={conversation.descriptions} as="p" />
      <p className="notice">{conversation.isOpen ? t('conversations.open') : t('conversations.closed')}</p>
      <p>
        {t('conversations.counts', {
          statements: conversation.statementCount,
          participants: conversation.participantCount,
          votes: conversation.voteCount,
        })}
      </p>
      {!user && conversation.isOpen && (
        <p>
          <Link to={`/login?returnTo=${encodeURIComponent(location.pathname)}`}>
            {t('conversations.signInToVote')}
          </Link>
        </p>
      )}
      {me.canParticipate && (
        <>
          {me.participant !== null && me.country === null && <CountryQuestion slug={space.slug} />}
          <VotingCard slug={space.slug} />
          {!conversation.canManage && <AddStatement slug={space.slug} asManager={false} />}
          <MyStatements slug={space.slug} />
        </>
      )}
      <ConversationResultsPanel slug={space.slug} />
      {conversation.canExport && <ExportLinks slug={space.slug} />}
      {conversation.canManage && <ManageConversation conversation={conversation} />}
    </section>
  );
}
