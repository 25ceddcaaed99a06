import {
  NETWORK_JOIN_POLICIES,
  NETWORK_KINDS,
  type NetworkJoinPolicy,
  type NetworkKind,
  pickText,
} from '@crossgov/shared';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { MultilingualEditor } from '../../../components/multilingual-editor.tsx';
import { CheckboxGroupInput } from '../../../components/ui/checkbox-group-input.tsx';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { currentUiLanguage } from '../../../i18n/i18n.ts';
import { type LanguageRow, multilingualFromRows, newLanguageRow } from '../../../lib/multilingual-rows.ts';
import { SLUG_PATTERN, slugFromName } from '../../../lib/slug.ts';
import { parseTags, useSdgChoices } from '../../../lib/theme-choices.ts';
import { isBlank, isHttpUrl } from '../../../lib/validation.ts';
import { type NetworkInput, useMyManagedOrganisations } from '../api/networks.ts';

const NONE = 'none';

interface NetworkFormProps {
  isPending: boolean;
  error: unknown;
  onSubmit: (input: NetworkInput) => void;
}

/** Starting a network: its names and purpose in any languages, its kind, who may join, and its themes. */
export function NetworkForm({ isPending, error, onSubmit }: NetworkFormProps) {
  const { t, i18n } = useTranslation();
  const sdgChoices = useSdgChoices();
  const organisations = useMyManagedOrganisations(true);
  const [names, setNames] = useState<LanguageRow[]>(() => [newLanguageRow(currentUiLanguage(), 'original')]);
  const [purposes, setPurposes] = useState<LanguageRow[]>(() => [
    newLanguageRow(currentUiLanguage(), 'original'),
  ]);
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [kind, setKind] = useState<NetworkKind>('community_of_practice');
  const [joinPolicy, setJoinPolicy] = useState<NetworkJoinPolicy>('approval');
  const [sdgs, setSdgs] = useState<string[]>([]);
  const [tags, setTags] = useState('');
  const [website, setWebsite] = useState('');
  const [founder, setFounder] = useState(NONE);
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(error, localErrors);
  const labels = {
    names: t('networks.names'),
    purposes: t('networks.purpose'),
    slug: t('organisations.slug'),
    kind: t('networks.kind'),
    joinPolicy: t('networks.joinPolicy'),
    sdgs: t('directory.themes'),
    tags: t('directory.tags'),
    website: t('organisations.website'),
  };

  const changeNames = (rows: LanguageRow[]) => {
    setNames(rows);
    if (!slugEdited) setSlug(slugFromName(rows.find((row) => !isBlank(row.text))?.text ?? ''));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors = {};
    const nameTexts = multilingualFromRows(names);
    if (Object.keys(nameTexts).length === 0) errors.names = t('validation.oneLanguage');
    if (!SLUG_PATTERN.test(slug)) errors.slug = t('validation.slug');
    if (!isBlank(website) && !isHttpUrl(website)) errors.website = t('validation.url');
    setLocalErrors(errors);
    if (hasErrors(errors)) return;
    onSubmit({
      slug,
      names: nameTexts,
      purposes: multilingualFromRows(purposes),
      kind,
      joinPolicy,
      sdgs: sdgs.map(Number),
      tags: parseTags(tags),
      website: isBlank(website) ? null : website.trim(),
      ...(founder === NONE ? {} : { foundingOrganisationId: founder }),
    });
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <ProblemSummary problem={error} localErrors={localErrors} labels={labels} />
      <MultilingualEditor
        legend={labels.names}
        rows={names}
        onChange={changeNames}
        error={errorFor('names')}
        isDisabled={isPending}
      />
      <TextInput
        label={labels.slug}
        description={t('organisations.slugHelp')}
        value={slug}
        onChange={(value) => {
          setSlugEdited(true);
          setSlug(value);
        }}
        error={errorFor('slug')}
        isDisabled={isPending}
        isRequired
      />
      <MultilingualEditor
        legend={labels.purposes}
        rows={purposes}
        onChange={setPurposes}
        multiline
        error={errorFor('purposes')}
        isDisabled={isPending}
      />
      <SelectInput
        label={labels.kind}
        choices={NETWORK_KINDS.map((id) => ({ id, label: t(`networkKinds.${id}`) }))}
        value={kind}
        onChange={(value) => setKind(NETWORK_KINDS.find((id) => id === value) ?? 'community_of_practice')}
        isDisabled={isPending}
      />
      <SelectInput
        label={labels.joinPolicy}
        choices={NETWORK_JOIN_POLICIES.map((id) => ({ id, label: t(`joinPolicies.${id}`) }))}
        value={joinPolicy}
        onChange={(value) => setJoinPolicy(NETWORK_JOIN_POLICIES.find((id) => id === value) ?? 'approval')}
        isDisabled={isPending}
      />
      <SelectInput
        label={t('networks.foundingOrganisation')}
        description={t('networks.foundingOrganisationHelp')}
        choices={[
          { id: NONE, label: t('networks.noFoundingOrganisation') },
          ...(organisations.data ?? []).map((organisation) => ({
            id: organisation.id,
            label: pickText(organisation.names, i18n.language),
          })),
        ]}
        value={founder}
        onChange={setFounder}
        isDisabled={isPending}
      />
      <CheckboxGroupInput
        label={labels.sdgs}
        choices={sdgChoices}
        values={sdgs}
        onChange={setSdgs}
        className="sdg-choices"
        error={errorFor('sdgs')}
        isDisabled={isPending}
      />
      <TextInput
        label={labels.tags}
        description={t('directory.tagsHelp')}
        value={tags}
        onChange={setTags}
        error={errorFor('tags')}
        isDisabled={isPending}
      />
      <TextInput
        label={labels.website}
        description={t('organisations.websiteHelp')}
        type="url"
        value={website}
        onChange={setWebsite}
        error={errorFor('website')}
        isDisabled={isPending}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={isPending}>
          {isPending ? t('common.saving') : t('networks.create')}
        </Button>
      </div>
    </form>
  );
}
