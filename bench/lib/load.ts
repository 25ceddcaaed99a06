import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  /** Base URL on the loopback interface. */
  url: string;
  /** A fresh path for each request, e.g. a random slug. */
  nextPath: () => string;
  /** For POST requests: a fresh JSON body for each request. */
  nextBody?: () => unknown;
  connections: number;
  seconds: number;
}

/** Runs autocannon against one target; the path changes on every request. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        setupRequest: (request) => {
          const nextBody = options.nextBody;
          if (!nextBody) return { ...request, method: 'GET', path: options.nextPath() };
          return {
            ...request,
            method: 'POST',
            path: options.nextPath(),
            headers: { ...request.headers, 'content-type': 'application/json' },
            body: JSON.stringify(nextBody()),
          };
        },
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export interface LoadTarget {
  name: string;
  url: string;
  nextPath: () => string;
  /** For POST targets: a fresh JSON body per request. */
  nextBody?: () => unknown;
}

/**
 * Measures each target in turn: one checked request, a short warm-up (JIT and database caches settle; its
 * figures are not kept), then the measured run.
 */
export async function measureTargets(
  kind: string,
  targets: LoadTarget[],
  options: { connections: number; seconds: number },
  expectOk: (url: string, init?: RequestInit) => Promise<void>,
): Promise<{ target: string; load: LoadResult }[]> {
  const results: { target: string; load: LoadResult }[] = [];
  for (const target of targets) {
    const body = target.nextBody?.();
    const init = body
      ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
      : undefined;
    await expectOk(`${target.url}${target.nextPath()}`, init);
    const common = {
      url: target.url,
      nextPath: target.nextPath,
      connections: options.connections,
      ...(target.nextBody ? { nextBody: target.nextBody } : {}),
    };
    await runLoad({ ...common, seconds: Math.max(1, Math.round(options.seconds / 5)) });
    console.error(`${kind}: measuring ${target.name} for ${options.seconds} s`);
    results.push({ target: target.name, load: await runLoad({ ...common, seconds: options.seconds }) });
  }
  return results;
}
