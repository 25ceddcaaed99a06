import { TOKEN_SCOPES, type TokenScope } from '@crossgov/shared';
import { type FormEvent, useState } from 'react';
import { Button, Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { isBlank } from '../../../lib/validation.ts';
import { useCreateApiToken } from '../api/api-tokens.ts';
import { NewTokenSecret } from './new-token-secret.tsx';

const EXPIRY_DAYS = ['never', '30', '90', '365'] as const;

function isScope(value: string): value is TokenScope {
  return (TOKEN_SCOPES as readonly string[]).includes(value);
}

export function CreateTokenForm() {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>(['read']);
  const [expiry, setExpiry] = useState<string>('90');
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(create.error, localErrors);
  const labels = { name: t('tokens.name'), scopes: t('tokens.scopes'), expiresInDays: t('tokens.expiry') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors = {};
    if (isBlank(name)) errors.name = t('validation.required');
    if (scopes.length === 0) errors.scopes = t('tokens.scopeRequired');
    setLocalErrors(errors);
    if (hasErrors(errors)) return;
    create.mutate(
      { name: name.trim(), scopes, ...(expiry === 'never' ? {} : { expiresInDays: Number(expiry) }) },
      { onSuccess: () => setName('') },
    );
  };

  return (
    <section aria-labelledby="new-token-title" className="panel">
      <h3 id="new-token-title">{t('tokens.createTitle')}</h3>
      {create.data && <NewTokenSecret secret={create.data.token} name={create.data.apiToken.name} />}
      <form onSubmit={submit} noValidate className="form">
        <ProblemSummary problem={create.error} localErrors={localErrors} labels={labels} />
        <TextInput
          label={labels.name}
          description={t('tokens.nameHelp')}
          name="name"
          value={name}
          onChange={setName}
          error={errorFor('name')}
          isDisabled={create.isPending}
          isRequired
        />
        <CheckboxGroup
          className="field checkbox-group"
          value={scopes}
          onChange={(values) => setScopes(values.filter(isScope))}
          isInvalid={Boolean(errorFor('scopes'))}
          validationBehavior="aria"
          isDisabled={create.isPending}
        >
          <Label>{labels.scopes}</Label>
          {TOKEN_SCOPES.map((scope) => (
            <Checkbox key={scope} value={scope} className="checkbox">
              <span className="checkbox-box" aria-hidden="true">
                <svg viewBox="0 0 18 18" aria-hidden="true">
                  <polyline points="2 9 7 14 16 4" />
                </svg>
              </span>
              <span>{t(`tokens.scope.${scope}`)}</span>
            </Checkbox>
          ))}
          <Text slot="description">{t('tokens.scopesHelp')}</Text>
          <FieldError>{errorFor('scopes')}</FieldError>
        </CheckboxGroup>
        <SelectInput
          label={labels.expiresInDays}
          choices={EXPIRY_DAYS.map((days) => ({
            id: days,
            label: days === 'never' ? t('tokens.never') : t('tokens.days', { days }),
          }))}
          value={expiry}
          onChange={setExpiry}
          error={errorFor('expiresInDays')}
          isDisabled={create.isPending}
        />
        <Button type="submit" className="button button-primary" isDisabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('tokens.create')}
        </Button>
      </form>
    </section>
  );
}
