/** A field-level problem, named by its path in the request (`body.names.en.text`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Errors are values with a type and a message a person can act on; the HTTP layer turns them into
 * RFC 9457 problem+json answers.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthorized = (message = 'Sign in to do this.') => new AppError(401, 'unauthorized', message);
export const forbidden = (message = 'You do not have permission to do this.') =>
  new AppError(403, 'forbidden', message);
export const invitationUnavailable = () =>
  new AppError(
    410,
    'invitation_unavailable',
    'This invitation has expired, was withdrawn or was already used.',
  );
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} was not found.`);
export const conflict = (message: string, fields: FieldProblem[] = []) =>
  new AppError(409, 'conflict', message, fields);
export const invalid = (message: string, fields: FieldProblem[]) =>
  new AppError(422, 'invalid', message, fields);
/** Someone else changed the record since the caller read it. */
export const versionConflict = (what: string, currentVersion: number) =>
  new AppError(
    409,
    'version_conflict',
    `${what} was changed by someone else (now version ${currentVersion}). Reload and try again.`,
    [{ field: 'version', message: `current version is ${currentVersion}` }],
  );

/** PostgreSQL unique violation, raised by both pg and PGlite. */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    if (typeof current === 'object' && current !== null && 'code' in current && current.code === '23505')
      return true;
    current =
      typeof current === 'object' && current !== null && 'cause' in current ? current.cause : undefined;
  }
  return false;
}
