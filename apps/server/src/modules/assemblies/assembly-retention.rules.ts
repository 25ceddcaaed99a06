import { conflict, type FieldProblem } from '../../lib/errors.ts';

/**
 * The erasure date may not fall before recruitment closes nor before the last session: the contact data are
 * needed until the panel has sat (GDPR art. 5(1)(c) and (e): data minimisation and storage limitation).
 */
export function retentionProblems(
  eraseOn: string | null,
  recruitmentClosesAt: Date | null,
  sessionDates: readonly string[],
): FieldProblem[] {
  if (eraseOn === null) return [];
  const field = 'body.personalDataEraseOn';
  const closes = recruitmentClosesAt?.toISOString().slice(0, 10);
  if (closes && eraseOn < closes)
    return [{ field, message: `must not be before the recruitment closing date (${closes})` }];
  const lastSession = [...sessionDates].sort().at(-1);
  if (lastSession && eraseOn < lastSession)
    return [{ field, message: `must not be before the last session (${lastSession})` }];
  return [];
}

/** Why registration and import are refused once the data are gone. */
export function erasedConflict(row: { personalDataErasedAt: Date | null }) {
  const on = row.personalDataErasedAt?.toISOString().slice(0, 10) ?? '';
  return conflict(
    `The volunteers' personal data of this assembly were erased on ${on}; it takes no more volunteers.`,
  );
}
