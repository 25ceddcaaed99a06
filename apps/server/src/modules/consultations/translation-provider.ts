import type { Config } from '../../config.ts';

/** Turns a text from one language into another; the name is shown beside every machine translation. */
export interface TranslationProvider {
  readonly name: string;
  translate(request: { text: string; source: string; target: string }): Promise<string>;
}

export class TranslationUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TranslationUnavailable';
  }
}

const TIMEOUT_MS = 10_000;

/**
 * A LibreTranslate-compatible service: POST {base}/translate with {q, source, target, format} answers
 * {translatedText}. Failures become TranslationUnavailable, which the API answers with 503.
 */
export function httpTranslationProvider(options: {
  url: string;
  providerName: string;
  apiKey?: string | undefined;
}): TranslationProvider {
  const endpoint = new URL('translate', options.url.endsWith('/') ? options.url : `${options.url}/`);
  return {
    name: options.providerName,
    async translate({ text, source, target }) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            q: text,
            source,
            target,
            format: 'text',
            ...(options.apiKey ? { api_key: options.apiKey } : {}),
          }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (error) {
        throw new TranslationUnavailable(`The translation service did not answer (${String(error)}).`);
      }
      if (!response.ok)
        throw new TranslationUnavailable(`The translation service answered ${response.status}.`);
      const answer: unknown = await response.json().catch(() => null);
      if (
        typeof answer !== 'object' ||
        answer === null ||
        !('translatedText' in answer) ||
        typeof answer.translatedText !== 'string'
      )
        throw new TranslationUnavailable('The translation service gave no translatedText.');
      return answer.translatedText;
    },
  };
}

/** The configured provider, or none (then only people translate). */
export function translationProviderFrom(config: Config): TranslationProvider | null {
  return config.translation ? httpTranslationProvider(config.translation) : null;
}
