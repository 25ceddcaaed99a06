import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { languageName } from '../../../lib/format.ts';
import {
  type ContributionTranslation,
  useHumanTranslation,
  useMachineTranslation,
  useMakeOfficial,
} from '../api/consultations.ts';

interface Contribution {
  id: string;
  language: string;
  title?: string | null;
  body: string | null;
  translations: ContributionTranslation[];
}

const RANK = { official: 0, human: 1, machine: 2 } as const;

/** The translation to show a reader: official first, then a person's, then a machine's. */
export function bestTranslation(translations: ContributionTranslation[], language: string) {
  return translations
    .filter((translation) => translation.language === language)
    .sort((a, b) => RANK[a.provenance] - RANK[b.provenance])[0];
}

function ProvenanceLabel({ translation }: { translation: ContributionTranslation }) {
  const { t } = useTranslation();
  if (translation.provenance === 'machine')
    return <>{t('consultations.provenance.machine', { provider: translation.provider ?? '' })}</>;
  if (translation.provenance === 'official') return <>{t('consultations.provenance.official')}</>;
  return <>{t('consultations.provenance.human', { name: translation.translator?.displayName ?? '' })}</>;
}

/**
 * An idea's or comment's text in the reader's language when a translation exists, labelled with where the
 * translation came from; the original is one click away. Readers may ask for a machine translation (when the
 * platform has a provider) or write their own; managers mark one official.
 */
export function ContributionText(props: {
  slug: string;
  contribution: Contribution;
  heading?: 'h1' | 'h3';
  machineProvider: string | null;
  mayTranslate: boolean;
  mayManage: boolean;
  signedIn: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { contribution, slug } = props;
  const language = i18n.resolvedLanguage ?? 'en';
  const [showOriginal, setShowOriginal] = useState(false);
  const [writing, setWriting] = useState(false);
  const translation =
    language === contribution.language ? undefined : bestTranslation(contribution.translations, language);
  const shown = translation && !showOriginal ? translation : null;
  const title = shown ? shown.title : contribution.title;
  const body = shown ? shown.body : contribution.body;
  const textLanguage = shown ? shown.language : contribution.language;
  const machine = useMachineTranslation(slug, contribution.id);
  const official = useMakeOfficial(slug);
  const Heading = props.heading ?? 'h3';
  const hasMachine = contribution.translations.some(
    (x) => x.language === language && x.provenance === 'machine',
  );
  return (
    <div className="contribution-text">
      <div lang={textLanguage}>
        {title && <Heading>{title}</Heading>}
        <p className="contribution-body">{body}</p>
      </div>
      <p className="muted">
        {shown ? (
          <ProvenanceLabel translation={shown} />
        ) : (
          t('consultations.originalIn', { language: languageName(contribution.language, language) })
        )}
      </p>
      <div className="button-row">
        {translation && (
          <Button className="button" onPress={() => setShowOriginal(!showOriginal)}>
            {showOriginal ? t('consultations.showTranslation') : t('consultations.showOriginal')}
          </Button>
        )}
        {props.signedIn && props.machineProvider && language !== contribution.language && !hasMachine && (
          <Button className="button" isDisabled={machine.isPending} onPress={() => machine.mutate(language)}>
            {t('consultations.machineTranslate', { provider: props.machineProvider })}
          </Button>
        )}
        {props.mayTranslate && language !== contribution.language && (
          <Button className="button" onPress={() => setWriting(!writing)} aria-expanded={writing}>
            {t('consultations.translateYourself')}
          </Button>
        )}
        {props.mayManage && shown && !shown.official && (
          <Button
            className="button"
            isDisabled={official.isPending}
            onPress={() => official.mutate(shown.id)}
          >
            {t('consultations.makeOfficial')}
          </Button>
        )}
      </div>
      <ProblemSummary problem={machine.error ?? official.error} />
      {writing && (
        <HumanTranslationForm
          slug={slug}
          contribution={contribution}
          language={language}
          onDone={() => setWriting(false)}
        />
      )}
    </div>
  );
}

function HumanTranslationForm(props: {
  slug: string;
  contribution: Contribution;
  language: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(props.contribution.title ?? '');
  const [body, setBody] = useState(props.contribution.body ?? '');
  const save = useHumanTranslation(props.slug, props.contribution.id);
  const isIdea = props.contribution.title !== undefined && props.contribution.title !== null;
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { language: props.language, body, ...(isIdea ? { title } : {}) },
          { onSuccess: props.onDone },
        );
      }}
    >
      <ProblemSummary problem={save.error} />
      {isIdea && (
        <TextInput
          label={t('consultations.translationTitle')}
          value={title}
          onChange={setTitle}
          inputLang={props.language}
        />
      )}
      <TextInput
        label={t('consultations.translationBody')}
        value={body}
        onChange={setBody}
        multiline
        inputLang={props.language}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
          {t('consultations.saveTranslation')}
        </Button>
      </div>
    </form>
  );
}
