import { UI_LANGUAGES } from '@crossgov/shared';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useAddStatement } from '../api/conversations.ts';

/** A participant's statement (moderated when pre-moderation is on) or, for managers, a seed statement. */
export function AddStatement({ slug, asManager }: { slug: string; asManager: boolean }) {
  const { t, i18n } = useTranslation();
  const add = useAddStatement(slug);
  const [text, setText] = useState('');
  const [language, setLanguage] = useState(i18n.language);
  const [done, setDone] = useState('');
  const title = asManager ? t('conversations.add.seedTitle') : t('conversations.add.title');
  return (
    <form
      className="form"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate(
          { text: text.trim(), language },
          {
            onSuccess: (statement) => {
              setText('');
              setDone(
                statement.status === 'pending'
                  ? t('conversations.add.pending')
                  : t('conversations.add.added'),
              );
            },
          },
        );
      }}
    >
      <h3>{title}</h3>
      <p>{t('conversations.add.intro')}</p>
      <ProblemSummary problem={add.error} labels={{ text: t('conversations.add.text') }} />
      <TextInput
        label={t('conversations.add.text')}
        multiline
        value={text}
        onChange={setText}
        maxLength={400}
        inputLang={language}
      />
      <SelectInput
        label={t('conversations.add.language')}
        choices={UI_LANGUAGES.map((l) => ({ id: l.code, label: l.nativeName, lang: l.code }))}
        value={language}
        onChange={setLanguage}
      />
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={text.trim().length < 3 || add.isPending}>
          {t('conversations.add.submit')}
        </Button>
      </div>
      <p role="status" className={done ? 'success-message' : undefined}>
        {done}
      </p>
    </form>
  );
}
