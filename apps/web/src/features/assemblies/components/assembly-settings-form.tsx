import type { Multilingual } from '@crossgov/shared';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { MultilingualEditor } from '../../../components/multilingual-editor.tsx';
import { CheckboxInput } from '../../../components/ui/checkbox-input.tsx';
import { ConflictNotice } from '../../../components/ui/conflict-notice.tsx';
import { fieldErrorsOf, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { isVersionConflict } from '../../../lib/api-problem.ts';
import {
  multilingualFromRows,
  newLanguageRow,
  rowsFromMultilingual,
} from '../../../lib/multilingual-rows.ts';
import { type Assembly, refreshAssembly, type SettingsInput, useUpdateSettings } from '../api/assemblies.ts';

type Session = NonNullable<SettingsInput['sessions']>[number];

/** A session's titles as the page shows them (an input's provenance may be left out: it is the original). */
const shownTitles = (session: Session): Multilingual =>
  Object.fromEntries(
    Object.entries(session.titles).map(([language, entry]) => [
      language,
      { text: entry.text, provenance: entry.provenance ?? 'original' },
    ]),
  );

const dateOnly = (value: string | null) => (value ? value.slice(0, 10) : '');
const toInstant = (value: string) => (value.trim() ? new Date(`${value}T00:00:00Z`).toISOString() : null);

/** Purpose, languages, panel size, stipend, recruitment dates, erasure date and sessions: one versioned edit. */
export function AssemblySettingsForm({ assembly }: { assembly: Assembly }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateSettings(assembly.slug);
  const [purposes, setPurposes] = useState(rowsFromMultilingual(assembly.purposes));
  const [languages, setLanguages] = useState(assembly.languages.join(', '));
  const [panelSize, setPanelSize] = useState(String(assembly.panelSize));
  const [stipend, setStipend] = useState(assembly.stipend ? String(assembly.stipend.amountMinor / 100) : '');
  const [currency, setCurrency] = useState(assembly.stipend?.currency ?? 'EUR');
  const [stipendNote, setStipendNote] = useState(() =>
    assembly.stipend && Object.keys(assembly.stipend.note).length > 0
      ? rowsFromMultilingual(assembly.stipend.note)
      : [newLanguageRow(i18n.language, 'original')],
  );
  const [opens, setOpens] = useState(dateOnly(assembly.recruitmentOpensAt));
  const [closes, setCloses] = useState(dateOnly(assembly.recruitmentClosesAt));
  const [eraseOn, setEraseOn] = useState(assembly.personalDataEraseOn ?? '');
  const [sessions, setSessions] = useState<Session[]>(assembly.sessions);
  const emptySessionTitle = () => [newLanguageRow(i18n.language, 'original')];
  const [sessionTitles, setSessionTitles] = useState(emptySessionTitle);
  const [sessionDate, setSessionDate] = useState('');
  const [sessionPlace, setSessionPlace] = useState('');
  const [sessionOnline, setSessionOnline] = useState(false);
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(update.error, localErrors);
  const labels = {
    purposes: t('assemblies.purpose'),
    languages: t('assemblies.languages'),
    panelSize: t('assemblies.panelSize'),
    stipend: t('assemblies.stipendAmount'),
    recruitmentOpensAt: t('assemblies.opens'),
    recruitmentClosesAt: t('assemblies.closesLabel'),
    personalDataEraseOn: t('assemblies.eraseOnLabel'),
  };

  const addSession = () => {
    const titles = multilingualFromRows(sessionTitles);
    if (Object.keys(titles).length === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(sessionDate)) {
      setLocalErrors({ session: t('assemblies.sessionIncomplete') });
      return;
    }
    setLocalErrors({});
    setSessions([
      ...sessions,
      {
        titles,
        date: sessionDate,
        place: sessionPlace.trim() || null,
        online: sessionOnline,
      },
    ]);
    setSessionTitles(emptySessionTitle());
    setSessionDate('');
    setSessionPlace('');
    setSessionOnline(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors = {};
    const size = Number(panelSize);
    if (!Number.isInteger(size) || size < 2) errors.panelSize = t('assemblies.panelSizeInvalid');
    const amount = stipend.trim() === '' ? null : Number(stipend.replace(',', '.'));
    if (amount !== null && (!Number.isFinite(amount) || amount < 0))
      errors.stipend = t('assemblies.amountInvalid');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    update.mutate({
      purposes: multilingualFromRows(purposes),
      languages: languages.split(/[\s,]+/).filter(Boolean),
      panelSize: size,
      stipend:
        amount === null
          ? null
          : {
              amountMinor: Math.round(amount * 100),
              currency: currency.trim().toUpperCase(),
              note: multilingualFromRows(stipendNote),
            },
      sessions,
      recruitmentOpensAt: toInstant(opens),
      recruitmentClosesAt: toInstant(closes),
      personalDataEraseOn: eraseOn.trim() || null,
      version: assembly.version,
    });
  };

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="assembly-settings-title">
      {isVersionConflict(update.error) && <ConflictNotice onReload={() => refreshAssembly(assembly.slug)} />}
      <ProblemSummary problem={update.error} localErrors={localErrors} labels={labels} />
      {update.isSuccess && (
        <p role="status" className="success-message">
          {t('assemblies.saved')}
        </p>
      )}
      <MultilingualEditor
        legend={labels.purposes}
        rows={purposes}
        onChange={setPurposes}
        multiline
        error={errorFor('purposes')}
      />
      <TextInput
        label={labels.languages}
        description={t('assemblies.languagesHelp')}
        value={languages}
        onChange={setLanguages}
        error={errorFor('languages')}
      />
      <TextInput
        label={labels.panelSize}
        inputMode="numeric"
        value={panelSize}
        onChange={setPanelSize}
        error={errorFor('panelSize')}
      />
      <div className="field-row">
        <TextInput
          label={labels.stipend}
          description={t('assemblies.stipendHelp')}
          inputMode="decimal"
          value={stipend}
          onChange={setStipend}
          error={errorFor('stipend')}
        />
        <TextInput label={t('assemblies.currency')} value={currency} onChange={setCurrency} maxLength={3} />
      </div>
      <MultilingualEditor
        legend={t('assemblies.stipendNote')}
        rows={stipendNote}
        onChange={setStipendNote}
        error={errorFor('stipend.note')}
      />
      <div className="field-row">
        <TextInput
          label={labels.recruitmentOpensAt}
          type="date"
          value={opens}
          onChange={setOpens}
          error={errorFor('recruitmentOpensAt')}
        />
        <TextInput
          label={labels.recruitmentClosesAt}
          type="date"
          value={closes}
          onChange={setCloses}
          error={errorFor('recruitmentClosesAt')}
        />
      </div>
      <TextInput
        label={labels.personalDataEraseOn}
        description={t('assemblies.eraseOnHelp')}
        type="date"
        value={eraseOn}
        onChange={setEraseOn}
        error={errorFor('personalDataEraseOn')}
      />
      <fieldset>
        <legend>{t('assemblies.sessions')}</legend>
        {sessions.length > 0 && (
          <ul>
            {sessions.map((session, index) => (
              <li key={`${session.date}-${Object.values(session.titles)[0]?.text}`}>
                <LocalisedText value={shownTitles(session)} /> · {session.date} ·{' '}
                {session.online ? t('assemblies.online') : session.place}{' '}
                <Button
                  className="button button-secondary"
                  onPress={() => setSessions(sessions.filter((_, i) => i !== index))}
                >
                  {t('assemblies.removeSession')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <MultilingualEditor
          legend={t('assemblies.sessionTitle')}
          rows={sessionTitles}
          onChange={setSessionTitles}
          error={localErrors.session}
        />
        <div className="field-row">
          <TextInput
            label={t('assemblies.sessionDate')}
            type="date"
            value={sessionDate}
            onChange={setSessionDate}
          />
          <TextInput label={t('assemblies.sessionPlace')} value={sessionPlace} onChange={setSessionPlace} />
        </div>
        <CheckboxInput isSelected={sessionOnline} onChange={setSessionOnline}>
          {t('assemblies.online')}
        </CheckboxInput>
        <Button className="button button-secondary" onPress={addSession}>
          {t('assemblies.addSession')}
        </Button>
      </fieldset>
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={update.isPending}>
          {t('assemblies.saveSettings')}
        </Button>
      </div>
    </form>
  );
}
