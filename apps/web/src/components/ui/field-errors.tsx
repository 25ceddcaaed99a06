import type { ReactNode } from 'react';
import { isApiProblem } from '../../lib/api-problem.ts';
import { ServerText } from './server-text.tsx';

export type LocalErrors = Record<string, string>;

/**
 * One function for a form's fields: the message the browser side found (translated), else the message the
 * server sent for that field (`body.<name>`), shown next to the field.
 */
export function fieldErrorsOf(problem: unknown, local: LocalErrors): (name: string) => ReactNode | undefined {
  return (name) => {
    const localMessage = local[name];
    if (localMessage) return localMessage;
    if (!isApiProblem(problem)) return undefined;
    const message = problem.fieldMessage(name);
    return message ? <ServerText>{message}</ServerText> : undefined;
  };
}

export function hasErrors(errors: LocalErrors): boolean {
  return Object.keys(errors).length > 0;
}
