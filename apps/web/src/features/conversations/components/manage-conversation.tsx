import { UI_LANGUAGES } from '@crossgov/shared';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { MultilingualEditor } from '../../../components/multilingual-editor.tsx';
import { CheckboxInput } from '../../../components/ui/checkbox-input.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { multilingualFromRows, rowsFromMultilingual } from '../../../lib/multilingual-rows.ts';
import {
  type Conversation,
  type ConversationStatement,
  exportUrl,
  useImportPolis,
  useModerate,
  useStatements,
  useUpdateSettings,
} from '../api/conversations.ts';
import { AddStatement } from './add-statement.tsx';

function Settings({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const update = useUpdateSettings(conversation.slug);
  const [isOpen, setOpen] = useState(conversation.isOpen);
  const [preModeration, setPreModeration] = useState(conversation.preModeration);
  const [topics, setTopics] = useState(() => rowsFromMultilingual(conversation.topics));
  const [descriptions, setDescriptions] = useState(() => rowsFromMultilingual(conversation.descriptions));
  return (
    <form
      className="form"
      aria-label={t('conversations.manage.settings')}
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({
          topics: multilingualFromRows(topics),
          descriptions: multilingualFromRows(descriptions),
          isOpen,
          preModeration,
          version: conversation.version,
        });
      }}
    >
      <h4>{t('conversations.manage.settings')}</h4>
      <ProblemSummary problem={update.error} />
      <MultilingualEditor legend={t('conversations.manage.topic')} rows={topics} onChange={setTopics} />
      <MultilingualEditor
        legend={t('conversations.manage.description')}
        rows={descriptions}
        onChange={setDescriptions}
        multiline
      />
      <CheckboxInput isSelected={isOpen} onChange={setOpen}>
        {t('conversations.manage.isOpen')}
      </CheckboxInput>
      <CheckboxInput isSelected={preModeration} onChange={setPreModeration}>
        {t('conversations.manage.preModeration')}
      </CheckboxInput>
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={update.isPending}>
          {t('conversations.manage.save')}
        </Button>
      </div>
      {update.isSuccess && (
        <p role="status" className="success-message">
          {t('conversations.manage.saved')}
        </p>
      )}
    </form>
  );
}

function PendingStatement({ slug, statement }: { slug: string; statement: ConversationStatement }) {
  const { t } = useTranslation();
  const moderate = useModerate(slug);
  const [reason, setReason] = useState('');
  return (
    <li className="moderation-item">
      <p lang={statement.language} dir="auto">
        {statement.text}
      </p>
      <ProblemSummary problem={moderate.error} labels={{ reason: t('conversations.manage.reason') }} />
      <TextInput label={t('conversations.manage.reason')} value={reason} onChange={setReason} />
      <div className="button-row">
        <Button
          className="button"
          isDisabled={moderate.isPending}
          onPress={() =>
            moderate.mutate({ statementId: statement.id, status: 'accepted', version: statement.version })
          }
        >
          {t('conversations.manage.accept')}
        </Button>
        <Button
          className="button"
          isDisabled={moderate.isPending}
          onPress={() =>
            moderate.mutate({
              statementId: statement.id,
              status: 'rejected',
              version: statement.version,
              ...(reason.trim() ? { reason: reason.trim() } : {}),
            })
          }
        >
          {t('conversations.manage.reject')}
        </Button>
      </div>
    </li>
  );
}

function ModerationQueue({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const statements = useStatements(slug);
  const pending = (statements.data?.items ?? []).filter((s) => s.status === 'pending');
  return (
    <section aria-labelledby="moderation-title">
      <h4 id="moderation-title">{t('conversations.manage.queue')}</h4>
      {pending.length === 0 ? (
        <p>{t('conversations.manage.queueEmpty')}</p>
      ) : (
        <ul className="moderation-list">
          {pending.map((statement) => (
            <PendingStatement key={statement.id} slug={slug} statement={statement} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ImportPolis({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const importing = useImportPolis(slug);
  const [language, setLanguage] = useState(i18n.language);
  return (
    <form
      className="form"
      aria-labelledby="import-title"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const comments = form.get('comments');
        const votes = form.get('votes');
        if (!(comments instanceof File) || !(votes instanceof File)) return;
        importing.mutate({ comments: await comments.text(), votes: await votes.text(), language });
      }}
    >
      <h4 id="import-title">{t('conversations.manage.import')}</h4>
      <p>{t('conversations.manage.importIntro')}</p>
      <ProblemSummary problem={importing.error} />
      <div className="field">
        <label htmlFor="polis-comments">comments.csv</label>
        <input id="polis-comments" name="comments" type="file" accept=".csv,text/csv" required />
      </div>
      <div className="field">
        <label htmlFor="polis-votes">votes.csv</label>
        <input id="polis-votes" name="votes" type="file" accept=".csv,text/csv" required />
      </div>
      <SelectInput
        label={t('conversations.manage.importLanguage')}
        choices={UI_LANGUAGES.map((l) => ({ id: l.code, label: l.nativeName, lang: l.code }))}
        value={language}
        onChange={setLanguage}
      />
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={importing.isPending}>
          {t('conversations.manage.importSubmit')}
        </Button>
      </div>
      {importing.data && (
        <p role="status" className="success-message">
          {t('conversations.manage.imported', importing.data)}
        </p>
      )}
    </form>
  );
}

export function ExportLinks({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="export-title">
      <h4 id="export-title">{t('conversations.manage.export')}</h4>
      <ul>
        {(['comments.csv', 'votes.csv', 'participants-votes.csv'] as const).map((file) => (
          <li key={file}>
            <a href={exportUrl(slug, file)} download={file}>
              {file}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The managers' tools: settings, seed statements, the moderation queue, Polis import. */
export function ManageConversation({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const empty = conversation.statementCount === 0 && conversation.participantCount === 0;
  return (
    <section aria-labelledby="manage-conversation-title" className="section">
      <h3 id="manage-conversation-title">{t('conversations.manage.title')}</h3>
      <Settings key={conversation.version} conversation={conversation} />
      <AddStatement slug={conversation.slug} asManager />
      <ModerationQueue slug={conversation.slug} />
      {empty && <ImportPolis slug={conversation.slug} />}
    </section>
  );
}
