import type { FastifyInstance } from 'fastify';
import { as, createSpace, type TestUser } from './factories.ts';

const label = (en: string, sv: string) => ({
  en: { text: en, provenance: 'original' as const },
  sv: { text: sv, provenance: 'human' as const },
});

/** Two categories of two features each: small enough for a selection in well under a second. */
export const TEST_CATEGORIES = [
  {
    key: 'gender',
    labels: label('Gender', 'Kön'),
    features: [
      { key: 'woman', labels: label('Woman', 'Kvinna') },
      { key: 'man', labels: label('Man', 'Man') },
    ],
  },
  {
    key: 'country',
    labels: label('Country', 'Land'),
    features: [
      { key: 'se', labels: label('Sweden', 'Sverige') },
      { key: 'fi', labels: label('Finland', 'Finland') },
    ],
  },
];

export function testQuotas(min: number, max: number) {
  return TEST_CATEGORIES.flatMap((category) =>
    category.features.map((feature) => ({ category: category.key, feature: feature.key, min, max })),
  );
}

/** A pool CSV of `size` people alternating features; every fifth person shares a household with the next. */
export function poolCsv(size: number): string {
  const lines = ['id,name,email,gender,country,household'];
  for (let i = 0; i < size; i++) {
    const household = i % 5 === 0 ? `Storgatan ${i}` : i % 5 === 1 ? `Storgatan ${i - 1}` : `Street ${i}`;
    lines.push(
      `p${i},Volunteer ${i},volunteer${i}@example.org,${i % 2 ? 'woman' : 'man'},${i % 3 ? 'se' : 'fi'},${household}`,
    );
  }
  return lines.join('\n');
}

/** A public assembly space with two-category quotas for a panel of 6, managed by `manager`. */
export async function createAssembly(
  app: FastifyInstance,
  manager: TestUser,
  ownerIds: string[],
  options: { poolSize?: number; visibility?: string } = {},
) {
  const space = await createSpace(app, manager, ownerIds, {
    kind: 'assembly',
    visibility: options.visibility ?? 'public',
    titles: label('Kvarken climate assembly', 'Kvarkens klimatråd'),
  });
  const call = as(app, manager);
  const settings = await call({
    method: 'PATCH',
    url: `/api/spaces/${space.slug}/assembly`,
    payload: { languages: ['en', 'sv'], panelSize: 6, version: 1 },
  });
  if (settings.statusCode !== 200) throw new Error(`assembly settings failed: ${settings.body}`);
  const quotas = await call({
    method: 'PUT',
    url: `/api/spaces/${space.slug}/assembly/quotas`,
    payload: { categories: TEST_CATEGORIES, quotas: testQuotas(2, 4), version: 2 },
  });
  if (quotas.statusCode !== 200) throw new Error(`assembly quotas failed: ${quotas.body}`);
  if (options.poolSize) {
    const imported = await call({
      method: 'POST',
      url: `/api/spaces/${space.slug}/assembly/volunteers/import`,
      payload: { csv: poolCsv(options.poolSize) },
    });
    if (imported.statusCode !== 200) throw new Error(`pool import failed: ${imported.body}`);
  }
  return space;
}
