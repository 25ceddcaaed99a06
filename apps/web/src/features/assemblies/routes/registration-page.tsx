import { pickText } from '@crossgov/shared';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { CheckboxInput } from '../../../components/ui/checkbox-input.tsx';
import { fieldErrorsOf, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { formatDate } from '../../../lib/format.ts';
import { type Assembly, useAssembly, useRegister } from '../api/assemblies.ts';
import { AssemblyLanguageSwitch } from '../components/assembly-language-switch.tsx';

function RegistrationForm({ assembly }: { assembly: Assembly }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const register = useRegister(assembly.slug);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [household, setHousehold] = useState('');
  const [features, setFeatures] = useState<Record<string, string>>({});
  const [consent, setConsent] = useState(false);
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(register.error, localErrors);
  const labels: Record<string, string> = {
    name: t('assemblies.name'),
    email: t('assemblies.email'),
    household: t('assemblies.householdField'),
    consent: t('assemblies.consentLabel'),
    ...Object.fromEntries(
      assembly.categories.map((c) => [`features.${c.key}`, pickText(c.labels, language)]),
    ),
  };

  const erasure = assembly.personalDataEraseOn
    ? t('assemblies.eraseOnNotice', { date: formatDate(assembly.personalDataEraseOn, language) })
    : null;

  if (register.isSuccess)
    return (
      <div role="status" className="success-message">
        <p>{t('assemblies.registered')}</p>
        {erasure && <p>{erasure}</p>}
      </div>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors = {};
    if (!name.trim()) errors.name = t('assemblies.required');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) errors.email = t('assemblies.emailInvalid');
    if (household.trim().length < 2) errors.household = t('assemblies.required');
    for (const category of assembly.categories)
      if (!features[category.key]) errors[`features.${category.key}`] = t('assemblies.chooseOne');
    if (!consent) errors.consent = t('assemblies.consentRequired');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const registrationLanguage = assembly.languages.includes(language)
      ? language
      : (assembly.languages[0] ?? 'en');
    register.mutate({
      name: name.trim(),
      email: email.trim(),
      household: household.trim(),
      features,
      consent,
      language: registrationLanguage,
    });
  };

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="registration-title">
      <ProblemSummary problem={register.error} localErrors={localErrors} labels={labels} />
      <TextInput
        label={labels.name ?? ''}
        autoComplete="name"
        value={name}
        onChange={setName}
        error={errorFor('name')}
        isRequired
      />
      <TextInput
        label={labels.email ?? ''}
        type="email"
        autoComplete="email"
        value={email}
        onChange={setEmail}
        error={errorFor('email')}
        isRequired
      />
      <TextInput
        label={labels.household ?? ''}
        description={t('assemblies.householdHelp')}
        autoComplete="postal-code"
        value={household}
        onChange={setHousehold}
        error={errorFor('household')}
        isRequired
      />
      {assembly.categories.map((category) => (
        <SelectInput
          key={category.key}
          label={pickText(category.labels, language)}
          placeholder={t('assemblies.chooseOne')}
          choices={category.features.map((feature) => ({
            id: feature.key,
            label: pickText(feature.labels, language),
          }))}
          value={features[category.key] ?? null}
          onChange={(value) => setFeatures({ ...features, [category.key]: value })}
          error={errorFor(`features.${category.key}`)}
        />
      ))}
      <div className="notice">
        <h2>{t('assemblies.dataTitle')}</h2>
        <p>{t('assemblies.dataNotice')}</p>
        {erasure && <p>{erasure}</p>}
      </div>
      <CheckboxInput isSelected={consent} onChange={setConsent}>
        {labels.consent}
      </CheckboxInput>
      {errorFor('consent') && (
        <p className="field-error" role="alert">
          {errorFor('consent')}
        </p>
      )}
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={register.isPending}>
          {t('assemblies.register')}
        </Button>
      </div>
    </form>
  );
}

/** The public registration page: in each of the assembly's languages, open to anyone while recruitment runs. */
export function RegistrationPage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const assembly = useAssembly(slug);
  useDocumentTitle(assembly.data ? pickText(assembly.data.titles, i18n.language) : t('assemblies.title'));
  if (assembly.isPending) return <Loading />;
  if (assembly.isError)
    return (
      <>
        <h1>{t('assemblies.title')}</h1>
        <LoadError error={assembly.error} />
      </>
    );
  const data = assembly.data;
  return (
    <div className="narrow-page">
      <AssemblyLanguageSwitch languages={data.languages} />
      <LocalisedText as="h1" value={data.titles} />
      <LocalisedText as="p" className="lead" value={data.purposes} />
      <h2 id="registration-title">{t('assemblies.registerTitle')}</h2>
      <p>{t('assemblies.registerIntro', { count: data.panelSize })}</p>
      {data.recruitmentOpen ? (
        <RegistrationForm assembly={data} />
      ) : (
        <p className="notice">{t('assemblies.recruitmentClosed')}</p>
      )}
      <p>
        <Link to={`/spaces/${data.slug}`}>{t('assemblies.aboutLink')}</Link>
      </p>
    </div>
  );
}
