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
