import { describe, expect, it } from 'vitest';
import { ModelBuilder, toLpText, toMpsText } from './model.ts';
import { sharedHighsSolver } from './select.ts';

function knapsack(items: number) {
  const builder = new ModelBuilder('maximize');
  const names = Array.from({ length: items }, (_, i) =>
    builder.variable(`long_variable_name_${i}`, { kind: 'binary' }),
  );
  builder.constraint(
    'capacity',
    names.map((variable, i) => ({ variable, coefficient: 1 + (i % 7) })),
    '<=',
    items,
  );
  builder.objective(names.map((variable, i) => ({ variable, coefficient: 1 + ((i * 5) % 11) })));
  return builder.build();
}

describe('model text', () => {
  it('keeps every LP line under the 560 characters highs-js can read', () => {
    const text = toLpText(knapsack(2000));
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThan(560);
  });

  it('writes a 300-term row that HiGHS reads and solves within the capacity', async () => {
    const model = knapsack(300);
    const solution = await (await sharedHighsSolver()).solve(model);
    expect(solution.status).toBe('optimal');
    const chosen = model.variables.filter((v) => (solution.values.get(v.name) ?? 0) > 0.5);
    const weight = chosen.reduce((sum, v) => sum + 1 + (Number(v.name.split('_').at(-1)) % 7), 0);
    expect(weight).toBeLessThanOrEqual(300);
    expect(solution.objective).toBeGreaterThan(0);
  });

  it('writes MPS with integer markers, an objective sense and bounds', () => {
    const builder = new ModelBuilder('maximize');
    builder.variable('c0', { kind: 'integer', upper: 5 });
    builder.variable('g0');
    builder.constraint('size', [{ variable: 'c0', coefficient: 1 }], '=', 3);
    builder.objective([{ variable: 'g0', coefficient: 1 }]);
    const text = toMpsText(builder.build());
    expect(text).toContain('OBJSENSE');
    expect(text).toContain("'INTORG'");
    expect(text).toContain(' E size');
    expect(text).toContain(' UP BND c0 5');
    expect(text.trim().endsWith('ENDATA')).toBe(true);
  });
});
