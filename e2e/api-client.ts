/**
 * A second person set up through the public HTTP API (as another browser or a script would), so a browser test
 * can work with a partner organisation without driving two browsers through every form.
 */
export interface ApiPerson {
  cookie: string;
  csrfToken: string;
  call(method: string, path: string, body?: unknown): Promise<Response>;
}

export async function signUpOverApi(
  baseUrl: string,
  person: { email: string; password: string; displayName: string; language?: string },
): Promise<ApiPerson> {
  const response = await fetch(`${baseUrl}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ language: 'en', ...person }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const session = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('crossgov_session='));
  if (!session) throw new Error('sign-up set no session cookie');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return {
    cookie: session,
    csrfToken,
    call: (method, path, body) =>
      fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          cookie: session,
          'x-csrf-token': csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}

export async function expectStatus(response: Promise<Response>, status: number): Promise<unknown> {
  const answer = await response;
  if (answer.status !== status)
    throw new Error(`expected ${status}, got ${answer.status}: ${await answer.text()}`);
  return answer.json();
}
