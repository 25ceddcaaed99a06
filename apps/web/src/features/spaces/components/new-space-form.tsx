import type { Schemas } from '@crossgov/sdk';
import { SPACE_KINDS, type SpaceKind, type SpaceVisibility } from '@crossgov/shared';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { MultilingualEditor } from '../../../components/multilingual-editor.tsx';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { currentUiLanguage } from '../../../i18n/i18n.ts';
import { type LanguageRow, multilingualFromRows, newLanguageRow } from '../../../lib/multilingual-rows.ts';
import { SLUG_PATTERN, slugFromName } from '../../../lib/slug.ts';
import { isBlank } from '../../../lib/validation.ts';
import { useMyOrganisations } from '../api/organisation-choices.ts';
import { useCreateSpace } from '../api/spaces.ts';
import { OwnerOrganisationsField } from './owner-organisations-field.tsx';
import { VisibilityField } from './visibility-field.tsx';

type OrganisationSummary = Schemas['OrganisationSummary'];

export function NewSpaceForm({ onCreated }: { onCreated: (slug: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateSpace();
  const mine = useMyOrganisations();
  const [titles, setTitles] = useState<LanguageRow[]>(() => [
    newLanguageRow(currentUiLanguage(), 'original'),
  ]);
  const [descriptions, setDescriptions] = useState<LanguageRow[]>(() => [
    newLanguageRow(currentUiLanguage(), 'original'),
  ]);
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [kind, setKind] = useState<SpaceKind>('workspace');
  const [visibility, setVisibility] = useState<SpaceVisibility>('network');
  const [myOwners, setMyOwners] = useState<string[]>([]);
  const [otherOwners, setOtherOwners] = useState<OrganisationSummary[]>([]);
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(create.error, localErrors);
  const labels = {
    titles: t('spaces.titles'),
    descriptions: t('spaces.descriptions'),
    slug: t('spaces.slug'),
    visibility: t('spaces.visibility'),
    ownerOrganisationIds: t('spaces.owners'),
  };

  const administered = new Set(
    (mine.data?.items ?? []).filter((item) => item.role !== 'member').map((item) => item.organisation.id),
  );

  const changeTitles = (rows: LanguageRow[]) => {
    setTitles(rows);
    if (!slugEdited) setSlug(slugFromName(rows.find((row) => !isBlank(row.text))?.text ?? ''));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const titleValue = multilingualFromRows(titles);
    const descriptionValue = multilingualFromRows(descriptions);
    // The API makes the first owner the one I must administer; the others follow.
    const ownerIds = [
      ...myOwners.filter((id) => administered.has(id)),
      ...myOwners.filter((id) => !administered.has(id)),
      ...otherOwners.map((organisation) => organisation.id),
    ];
    const errors: LocalErrors = {};
    if (Object.keys(titleValue).length === 0) errors.titles = t('validation.oneLanguage');
    if (!SLUG_PATTERN.test(slug)) errors.slug = t('validation.slug');
    if (!ownerIds.some((id) => administered.has(id)))
      errors.ownerOrganisationIds = t('spaces.needAdministeredOwner');
    setLocalErrors(errors);
    if (hasErrors(errors)) return;
    create.mutate(
      {
        kind,
        slug,
        titles: titleValue,
        ...(Object.keys(descriptionValue).length ? { descriptions: descriptionValue } : {}),
        visibility,
        ownerOrganisationIds: ownerIds,
      },
      { onSuccess: (space) => onCreated(space.slug) },
    );
  };

  const pending = create.isPending;
  return (
    <form onSubmit={submit} noValidate className="form">
      <ProblemSummary problem={create.error} localErrors={localErrors} labels={labels} />
      <SelectInput
        label={t('spaces.kind')}
        description={t('spaces.kindHelp')}
        choices={SPACE_KINDS.map((kind) => ({ id: kind, label: t(`spaceKinds.${kind}`) }))}
        value={kind}
        onChange={(value) => setKind(value as SpaceKind)}
        isDisabled={pending}
      />
      <MultilingualEditor
        legend={labels.titles}
        rows={titles}
        onChange={changeTitles}
        error={errorFor('titles')}
        rowError={(language) => errorFor(`titles.${language}.text`) ?? errorFor(`titles.${language}`)}
        isDisabled={pending}
      />
      <TextInput
        label={labels.slug}
        description={t('spaces.slugHelp')}
        name="slug"
        value={slug}
        onChange={(value) => {
          setSlugEdited(true);
          setSlug(value);
        }}
        error={errorFor('slug')}
        isDisabled={pending}
        isRequired
      />
      <MultilingualEditor
        legend={labels.descriptions}
        rows={descriptions}
        onChange={setDescriptions}
        multiline
        error={errorFor('descriptions')}
        rowError={(language) =>
          errorFor(`descriptions.${language}.text`) ?? errorFor(`descriptions.${language}`)
        }
        isDisabled={pending}
      />
      <VisibilityField
        value={visibility}
        onChange={setVisibility}
        error={errorFor('visibility')}
        isDisabled={pending}
      />
      <OwnerOrganisationsField
        mine={myOwners}
        onMineChange={setMyOwners}
        others={otherOwners}
        onOthersChange={setOtherOwners}
        error={errorFor('ownerOrganisationIds')}
        isDisabled={pending}
      />
      {otherOwners.length > 0 && <p className="notice">{t('spaces.requestsWillBeSent')}</p>}
      <Button type="submit" className="button button-primary" isDisabled={pending}>
        {pending ? t('common.saving') : t('spaces.create')}
      </Button>
    </form>
  );
}
