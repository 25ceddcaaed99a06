import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldProblem } from '../lib/errors.ts';

const PROBLEM_TYPE = 'https://crossgov.dev/problems/';

interface ZodIssueLike {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: { keys?: string[]; issue?: { path?: PropertyKey[]; message?: string } };
}

function fieldsFromValidation(context: string, issues: ZodIssueLike[]): FieldProblem[] {
  return issues.flatMap((issue) => {
    const path =
      issue.params?.issue?.path?.map(String) ?? (issue.instancePath ?? '').split('/').filter(Boolean);
    // A field the route does not know: name each one, so a typo ("webiste") is found at once.
    if (issue.keyword === 'unrecognized_keys')
      return (issue.params?.keys ?? []).map((key) => ({
        field: [context, ...path, key].join('.'),
        message: 'unknown field',
      }));
    return [
      {
        field: [context, ...path].join('.'),
        message: issue.params?.issue?.message ?? issue.message ?? 'invalid',
      },
    ];
  });
}

/**
 * Every error leaves as RFC 9457 problem+json. Validation errors name each field; unexpected errors are
 * logged and answered with a generic 500 that reveals nothing of the server.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (status: number, code: string, detail: string, fields: FieldProblem[] = []) =>
      reply
        .status(status)
        .type('application/problem+json')
        .send({
          type: `${PROBLEM_TYPE}${code}`,
          title: code.replaceAll('_', ' '),
          status,
          detail,
          instance: request.url,
          ...(fields.length > 0 ? { errors: fields } : {}),
        });

    if (error instanceof AppError) return send(error.status, error.code, error.message, error.fields);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = fieldsFromValidation(
        error.validationContext ?? 'body',
        error.validation as ZodIssueLike[],
      );
      return send(400, 'validation_failed', `Invalid ${fields.map((f) => f.field).join(', ')}`, fields);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return send(500, 'internal_error', 'Something went wrong on our side. It has been logged.');
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'body_too_large' : 'bad_request';
      return send(status, code, error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(500, 'internal_error', 'Something went wrong on our side. It has been logged.');
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .type('application/problem+json')
      .send({
        type: `${PROBLEM_TYPE}not_found`,
        title: 'not found',
        status: 404,
        detail: `No route ${request.method} ${request.url.split('?')[0]}`,
        instance: request.url,
      }),
  );
}
