import createFetchClient, { type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, paths };
export type Schemas = components['schemas'];

/** The typed Crossgov API client shared by the web app and the CLI, generated from openapi.json. */
export function createCrossgovClient(options: ClientOptions = {}) {
  return createFetchClient<paths>(options);
}

export type CrossgovClient = ReturnType<typeof createCrossgovClient>;
