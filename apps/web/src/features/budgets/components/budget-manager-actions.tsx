import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { type Budget, exportUrl, useComputeResults, useImportPb, usePublishResults } from '../api/budgets.ts';

/** Managers compute and publish the results, download the budget as .pb, or import a past vote. */
export function BudgetManagerActions({ slug, budget }: { slug: string; budget: Budget }) {
  const { t } = useTranslation();
  const compute = useComputeResults(slug);
  const publish = usePublishResults(slug);
  const importPb = useImportPb(slug);
  const [file, setFile] = useState<File | null>(null);
  return (
    <div className="form">
      <ProblemSummary problem={compute.error ?? publish.error} />
      <div className="button-row">
        {budget.phase === 'closed' && budget.results !== 'published' && (
          <Button
            className="button button-primary"
            isDisabled={compute.isPending}
            onPress={() => compute.mutate()}
          >
            {t('budgets.results.compute')}
          </Button>
        )}
        {budget.results === 'computed' && (
          <Button className="button" isDisabled={publish.isPending} onPress={() => publish.mutate()}>
            {t('budgets.results.publish')}
          </Button>
        )}
        <a className="button" href={exportUrl(slug)} download>
          {t('budgets.results.export')}
        </a>
      </div>
      {budget.results === 'none' && (
        <form
          className="form"
          aria-labelledby="budget-import-title"
          onSubmit={async (event) => {
            event.preventDefault();
            if (file) importPb.mutate(await file.text());
          }}
        >
          <h3 id="budget-import-title">{t('budgets.results.import')}</h3>
          {importPb.data && (
            <p role="status" className="success-message">
              {t('budgets.results.imported', importPb.data)}
            </p>
          )}
          <ProblemSummary problem={importPb.error} />
          <div className="field">
            <label htmlFor="budget-import-file">{t('budgets.results.importFile')}</label>
            <input
              id="budget-import-file"
              type="file"
              accept=".pb,text/plain"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </div>
          <div className="button-row">
            <Button type="submit" className="button" isDisabled={!file || importPb.isPending}>
              {t('budgets.results.importSubmit')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
