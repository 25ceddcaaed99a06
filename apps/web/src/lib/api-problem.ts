/** One field-level problem from an RFC 9457 answer, e.g. `{ field: "body.email", message: "a valid e-mail address" }`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A failed API call as a value: the HTTP status, the problem code (the last part of the problem `type`,
 * such as `version_conflict`), the server's detail and the fields it names. Status 0 means the network failed.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(detail || code);
    this.name = 'ApiProblem';
  }

  /** The message for a request field, accepting `email` for `body.email`. */
  fieldMessage(name: string): string | undefined {
    return this.fields.find((problem) => problem.field === name || problem.field === `body.${name}`)?.message;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function fieldsOf(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) =>
    isRecord(entry) && typeof entry.field === 'string' && typeof entry.message === 'string'
      ? [{ field: entry.field, message: entry.message }]
      : [],
  );
}

/** Reads a problem+json body (or anything else the server answered) into an ApiProblem. */
export function toApiProblem(body: unknown, status: number): ApiProblem {
  if (!isRecord(body)) return new ApiProblem(status, codeForStatus(status), '');
  const type = typeof body.type === 'string' ? body.type : '';
  const code = type.split('/').filter(Boolean).pop() ?? codeForStatus(status);
  const detail = typeof body.detail === 'string' ? body.detail : '';
  return new ApiProblem(status, code || codeForStatus(status), detail, fieldsOf(body.errors));
}

function codeForStatus(status: number): string {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'internal_error';
  return 'bad_request';
}

interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

async function settle<T>(call: Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  try {
    return await call;
  } catch {
    throw new ApiProblem(0, 'network', '');
  }
}

/** Awaits an openapi-fetch call and returns its data, or throws the ApiProblem the server answered. */
export async function expectData<T>(call: Promise<ApiResult<T>>): Promise<T> {
  const { data, error, response } = await settle(call);
  if (!response.ok) throw toApiProblem(error, response.status);
  if (data === undefined) throw new ApiProblem(response.status, 'empty_response', '');
  return data;
}

/** For calls answered with 204 No Content. */
export async function expectSuccess(call: Promise<ApiResult<unknown>>): Promise<void> {
  const { error, response } = await settle(call);
  if (!response.ok) throw toApiProblem(error, response.status);
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

/** Someone else saved the record since it was read: the person must reload before editing again. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 409 && error.code === 'version_conflict';
}
