import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../lib/api-problem.ts';

const KNOWN_CODES = [
  'network',
  'unauthorized',
  'invalid_credentials',
  'forbidden',
  'not_found',
  'conflict',
  'version_conflict',
  'invalid',
  'validation_failed',
  'invitation_unavailable',
  'rate_limited',
  'body_too_large',
  'bad_request',
  'internal_error',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function isKnownCode(code: string): code is KnownCode {
  return (KNOWN_CODES as readonly string[]).includes(code);
}

/** A translated headline for a problem, by its code; unknown codes fall back on the HTTP status class. */
export function useProblemTitle(): (problem: ApiProblem) => string {
  const { t } = useTranslation();
  return (problem) => {
    if (isKnownCode(problem.code)) return t(`errors.codes.${problem.code}`);
    return problem.status >= 500 ? t('errors.codes.internal_error') : t('errors.codes.bad_request');
  };
}
