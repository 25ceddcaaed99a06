import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A few words, per language pair, enough for the tests' sentences; unknown words are kept as they are. */
const DICTIONARY: Record<string, Record<string, string>> = {
  'sv>en': {
    fler: 'more',
    färjor: 'ferries',
    till: 'to',
    vasa: 'Vaasa',
    på: 'on',
    morgonen: 'morning',
    en: 'one',
    gemensam: 'shared',
    biljett: 'ticket',
    för: 'for',
    buss: 'bus',
    och: 'and',
    färja: 'ferry',
  },
  'fi>en': {
    lisää: 'more',
    lauttoja: 'ferries',
    aamulla: 'in the morning',
    yhteinen: 'shared',
    lippu: 'ticket',
  },
  'en>sv': { more: 'fler', ferries: 'färjor', shared: 'gemensam', ticket: 'biljett', please: 'tack' },
};

export interface TranslationStub {
  url: string;
  /** How many /translate requests it answered, to check that translations are stored, not re-requested. */
  calls(): number;
  close(): Promise<void>;
}

/**
 * A real HTTP server speaking LibreTranslate's POST /translate {q, source, target}: it translates word by word
 * from a small dictionary, so a test sees the server use the provider rather than a canned answer.
 */
export async function startTranslationStub(): Promise<TranslationStub> {
  let calls = 0;
  const server: Server = createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/translate') {
      response.writeHead(404).end();
      return;
    }
    let raw = '';
    request.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
    });
    request.on('end', () => {
      calls++;
      const { q, source, target } = JSON.parse(raw) as { q: string; source: string; target: string };
      const words = DICTIONARY[`${source}>${target}`];
      if (!words) {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: `${source} to ${target} is not supported` }));
        return;
      }
      const translatedText = q
        .split(/(\p{L}+)/u)
        .map((token) => words[token.toLowerCase()] ?? token)
        .join('');
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ translatedText }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls: () => calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
