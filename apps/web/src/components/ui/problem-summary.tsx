import { useTranslation } from 'react-i18next';
import { isApiProblem } from '../../lib/api-problem.ts';
import type { LocalErrors } from './field-errors.tsx';
import { ServerText } from './server-text.tsx';
import { useProblemTitle } from './use-problem-title.ts';

/** Codes whose translated headline says all there is; the server's English detail would only repeat it. */
const SELF_EXPLAINING = new Set(['network', 'unauthorized', 'invalid_credentials', 'internal_error']);

interface ProblemSummaryProps {
  /** The error of the last attempt (usually a mutation error); anything that is not an ApiProblem is shown generically. */
  problem?: unknown;
  localErrors?: LocalErrors;
  /** Field name -> visible label, so the summary names fields the way the form does. */
  labels?: Record<string, string>;
}

function labelFor(field: string, labels: Record<string, string>): string {
  const name = field.replace(/^(body|query|params)\./, '');
  return labels[name] ?? labels[name.split('.')[0] ?? name] ?? name;
}

/** The summary above a form: what went wrong, then each field with its message. Announced at once. */
export function ProblemSummary({ problem, localErrors = {}, labels = {} }: ProblemSummaryProps) {
  const { t } = useTranslation();
  const problemTitle = useProblemTitle();
  const localEntries = Object.entries(localErrors);
  if (localEntries.length > 0)
    return (
      <div role="alert" className="problem-summary">
        <p className="problem-title">{t('errors.fixFields')}</p>
        <ul>
          {localEntries.map(([field, message]) => (
            <li key={field}>
              {labelFor(field, labels)}: {message}
            </li>
          ))}
        </ul>
      </div>
    );
  if (!problem) return null;
  if (!isApiProblem(problem))
    return (
      <div role="alert" className="problem-summary">
        <p className="problem-title">{t('errors.codes.internal_error')}</p>
      </div>
    );
  return (
    <div role="alert" className="problem-summary">
      <p className="problem-title">{problemTitle(problem)}</p>
      {problem.detail && !SELF_EXPLAINING.has(problem.code) && (
        <p className="problem-detail">
          <ServerText>{problem.detail}</ServerText>
        </p>
      )}
      {problem.fields.length > 0 && (
        <ul>
          {problem.fields.map((field) => (
            <li key={`${field.field}:${field.message}`}>
              {labelFor(field.field, labels)}: <ServerText>{field.message}</ServerText>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
