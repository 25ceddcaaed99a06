import {
  pickText,
  type AssemblyQuota as Quota,
  type QuotaCategory,
  quotasFromShares,
} from '@crossgov/shared';
import { type FormEvent, useMemo, useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '../../../components/ui/conflict-notice.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { isVersionConflict } from '../../../lib/api-problem.ts';
import { slugFromName } from '../../../lib/slug.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { type Assembly, refreshAssembly, useQuotaCheck, useSaveQuotas } from '../api/assemblies.ts';
import { QuotaClashes } from './quota-clashes.tsx';

interface FeatureRow {
  id: number;
  key: string;
  labels: QuotaCategory['labels'];
  label: string;
  min: string;
  max: string;
  share: string;
}
interface CategoryRow {
  id: number;
  key: string;
  labels: QuotaCategory['labels'];
  label: string;
  features: FeatureRow[];
}

let nextId = 1;
const keyOf = (label: string, fallback: string) => slugFromName(label).slice(0, 40) || fallback;

function rowsOf(assembly: Assembly, language: string): CategoryRow[] {
  return assembly.categories.map((category) => ({
    id: nextId++,
    key: category.key,
    labels: category.labels,
    label: pickText(category.labels, language),
    features: category.features.map((feature) => {
      const quota = assembly.quotas.find((q) => q.category === category.key && q.feature === feature.key);
      return {
        id: nextId++,
        key: feature.key,
        labels: feature.labels,
        label: pickText(feature.labels, language),
        min: String(quota?.min ?? 0),
        max: String(quota?.max ?? assembly.panelSize),
        share: '',
      };
    }),
  }));
}

/** Keeps the other languages of a label and sets the reader's. */
function withLabel(labels: QuotaCategory['labels'], language: string, text: string): QuotaCategory['labels'] {
  const others = Object.fromEntries(Object.entries(labels).filter(([code]) => code !== language));
  const provenance = Object.keys(others).length > 0 ? 'human' : 'original';
  return { ...others, [language]: { text: text.trim(), provenance } };
}

const whole = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : null);

/**
 * Quota categories and their features, with a minimum and maximum per feature typed directly or computed from
 * population shares with the rounding rule shown. Each change is checked for feasibility (debounced).
 */
export function QuotaEditor({ assembly }: { assembly: Assembly }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const save = useSaveQuotas(assembly.slug);
  const [rows, setRows] = useState<CategoryRow[]>(() => rowsOf(assembly, language));
  const [mode, setMode] = useState<'direct' | 'shares'>('direct');
  const [tolerance, setTolerance] = useState('0');
  const k = assembly.panelSize;

  const built = useMemo(() => {
    const categories: QuotaCategory[] = rows.map((row, c) => ({
      key: row.key || keyOf(row.label, `category-${c + 1}`),
      labels: withLabel(row.labels, language, row.label || row.key),
      features: row.features.map((feature, f) => ({
        key: feature.key || keyOf(feature.label, `feature-${f + 1}`),
        labels: withLabel(feature.labels, language, feature.label || feature.key),
      })),
    }));
    let quotas: Quota[];
    if (mode === 'shares') {
      const shares = Object.fromEntries(
        rows.map((row, c) => [
          categories[c]?.key ?? '',
          Object.fromEntries(
            row.features.map((feature, f) => [
              categories[c]?.features[f]?.key ?? '',
              Number(feature.share.replace(',', '.')) / 100 || 0,
            ]),
          ),
        ]),
      );
      quotas = quotasFromShares(categories, shares, k, whole(tolerance) ?? 0);
    } else {
      quotas = rows.flatMap((row, c) =>
        row.features.map((feature, f) => ({
          category: categories[c]?.key ?? '',
          feature: categories[c]?.features[f]?.key ?? '',
          min: whole(feature.min) ?? -1,
          max: whole(feature.max) ?? -1,
        })),
      );
    }
    const complete =
      categories.length > 0 &&
      rows.every(
        (row) => row.label.trim() && row.features.length > 0 && row.features.every((f) => f.label.trim()),
      ) &&
      quotas.every((quota) => quota.min >= 0 && quota.max >= quota.min);
    return { categories, quotas, complete };
  }, [rows, mode, tolerance, language, k]);

  const debounced = useDebouncedValue(
    built.complete ? { categories: built.categories, quotas: built.quotas, panelSize: k } : null,
    500,
  );
  const check = useQuotaCheck(assembly.slug, debounced);

  const change = (id: number, update: (row: CategoryRow) => CategoryRow) =>
    setRows(rows.map((row) => (row.id === id ? update(row) : row)));
  const changeFeature = (category: number, id: number, update: Partial<FeatureRow>) =>
    change(category, (row) => ({
      ...row,
      features: row.features.map((feature) => (feature.id === id ? { ...feature, ...update } : feature)),
    }));
  const newFeature = (): FeatureRow => ({
    id: nextId++,
    key: '',
    labels: {},
    label: '',
    min: '0',
    max: String(k),
    share: '',
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!built.complete) return;
    save.mutate({ categories: built.categories, quotas: built.quotas, version: assembly.version });
  };

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="assembly-quotas-title">
      {isVersionConflict(save.error) && <ConflictNotice onReload={() => refreshAssembly(assembly.slug)} />}
      <ProblemSummary problem={save.error} />
      {save.isSuccess && (
        <p role="status" className="success-message">
          {t('assemblies.saved')}
        </p>
      )}
      <RadioGroup
        value={mode}
        onChange={(value) => setMode(value === 'shares' ? 'shares' : 'direct')}
        className="radio-group"
      >
        <Label>{t('assemblies.quotaMode')}</Label>
        <Radio value="direct" className="radio">
          <span className="radio-dot" aria-hidden="true" />
          {t('assemblies.quotaDirect')}
        </Radio>
        <Radio value="shares" className="radio">
          <span className="radio-dot" aria-hidden="true" />
          {t('assemblies.quotaShares')}
        </Radio>
      </RadioGroup>
      {mode === 'shares' && (
        <>
          <p className="notice">{t('assemblies.roundingRule', { k })}</p>
          <TextInput
            label={t('assemblies.tolerance')}
            inputMode="numeric"
            value={tolerance}
            onChange={setTolerance}
          />
        </>
      )}
      {rows.map((row, c) => (
        <fieldset key={row.id} className="quota-category">
          <legend>{row.label || t('assemblies.categoryNumber', { number: c + 1 })}</legend>
          <TextInput
            label={t('assemblies.categoryLabel')}
            description={row.key ? t('assemblies.keyIs', { key: row.key }) : undefined}
            value={row.label}
            onChange={(label) => change(row.id, (r) => ({ ...r, label }))}
          />
          {row.features.map((feature, f) => {
            const computed = built.quotas.find(
              (q) =>
                q.category === built.categories[c]?.key &&
                q.feature === built.categories[c]?.features[f]?.key,
            );
            const name = feature.label || t('assemblies.featureNumber', { number: f + 1 });
            return (
              <div key={feature.id} className="field-row">
                <TextInput
                  label={t('assemblies.featureLabel')}
                  value={feature.label}
                  onChange={(label) => changeFeature(row.id, feature.id, { label })}
                />
                {mode === 'shares' ? (
                  <>
                    <TextInput
                      label={t('assemblies.shareOf', { feature: name })}
                      inputMode="decimal"
                      value={feature.share}
                      onChange={(share) => changeFeature(row.id, feature.id, { share })}
                    />
                    <p className="muted">
                      {t('assemblies.computedBounds', { min: computed?.min ?? 0, max: computed?.max ?? 0 })}
                    </p>
                  </>
                ) : (
                  <>
                    <TextInput
                      label={t('assemblies.minOf', { feature: name })}
                      inputMode="numeric"
                      value={feature.min}
                      onChange={(min) => changeFeature(row.id, feature.id, { min })}
                    />
                    <TextInput
                      label={t('assemblies.maxOf', { feature: name })}
                      inputMode="numeric"
                      value={feature.max}
                      onChange={(max) => changeFeature(row.id, feature.id, { max })}
                    />
                  </>
                )}
                <Button
                  className="button button-secondary"
                  aria-label={t('assemblies.removeFeatureNamed', { feature: name })}
                  onPress={() =>
                    change(row.id, (r) => ({ ...r, features: r.features.filter((x) => x.id !== feature.id) }))
                  }
                >
                  {t('assemblies.remove')}
                </Button>
              </div>
            );
          })}
          <div className="button-row">
            <Button
              className="button button-secondary"
              onPress={() => change(row.id, (r) => ({ ...r, features: [...r.features, newFeature()] }))}
            >
              {t('assemblies.addFeature')}
            </Button>
            <Button
              className="button button-secondary"
              onPress={() => setRows(rows.filter((r) => r.id !== row.id))}
            >
              {t('assemblies.removeCategory')}
            </Button>
          </div>
        </fieldset>
      ))}
      <div className="button-row">
        <Button
          className="button button-secondary"
          onPress={() =>
            setRows([
              ...rows,
              { id: nextId++, key: '', labels: {}, label: '', features: [newFeature(), newFeature()] },
            ])
          }
        >
          {t('assemblies.addCategory')}
        </Button>
      </div>
      <div aria-live="polite" className="feasibility">
        {!built.complete ? (
          <p className="muted">{t('assemblies.checkWaiting')}</p>
        ) : check.isFetching ? (
          <p className="muted">{t('assemblies.checking')}</p>
        ) : check.data ? (
          check.data.feasible ? (
            <p className="success-message">
              {check.data.poolSize === 0
                ? t('assemblies.feasibleNoPool', { k })
                : t('assemblies.feasible', { count: check.data.poolSize })}
            </p>
          ) : (
            <QuotaClashes assembly={{ categories: built.categories }} clashes={check.data.clashes} />
          )
        ) : check.isError ? (
          <ProblemSummary problem={check.error} />
        ) : null}
      </div>
      <div className="button-row">
        <Button
          type="submit"
          className="button button-primary"
          isDisabled={save.isPending || !built.complete}
        >
          {t('assemblies.saveQuotas')}
        </Button>
      </div>
    </form>
  );
}
