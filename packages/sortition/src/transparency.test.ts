import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTicket, SeedError, seedCommitment } from './draw.ts';
import { roundToLottery } from './lottery.ts';
import { drawFromLottery, lotteryDocument, parseLotteryDocument } from './lottery-document.ts';
import { selectPanels, sharedHighsSolver } from './select.ts';
import { exampleSmall } from './testing/fixtures.ts';

/** The documented procedure, re-implemented from its text with hex strings instead of buffers. */
function documentedDraw(seedHex: string, size: number): number {
  const limit = (2n ** 64n / BigInt(size)) * BigInt(size);
  for (let c = 0; ; c += 1) {
    const digest = createHash('sha256')
      .update(Buffer.from(seedHex + c.toString(16).padStart(8, '0'), 'hex'))
      .digest('hex');
    const value = BigInt(`0x${digest.slice(0, 16)}`);
    if (value < limit) return Number(value % BigInt(size));
  }
}

const SEED = '00112233445566778899aabbccddeeff0123456789abcdef0123456789abcdef';

describe('seeded draw', () => {
  it('follows the documented procedure for any seed and size', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 40 }),
        fc.integer({ min: 1, max: 5000 }),
        (bytes, size) => {
          const hex = Buffer.from(bytes).toString('hex');
          const ticket = drawTicket(hex, size);
          expect(ticket).toBe(documentedDraw(hex, size));
          expect(ticket).toBeGreaterThanOrEqual(0);
          expect(ticket).toBeLessThan(size);
        },
      ),
    );
  });

  it('rejects seeds too short to keep their hash secret', () => {
    expect(() => drawTicket('abcd', 10)).toThrow(SeedError);
  });
});

describe('transparent lottery (Flanigan, Kehne, Procaccia 2021)', async () => {
  const problem = exampleSmall();
  const solver = await sharedHighsSolver();
  const result = await selectPanels(problem, 'leximin', { seed: 2 });
  const lottery = await roundToLottery(result.distribution, result.probabilities, solver, {
    size: 1000,
    timeLimit: 5,
  });

  it('has exactly M tickets over panels from the distribution', () => {
    expect(lottery.panels.reduce((sum, entry) => sum + entry.tickets, 0)).toBe(1000);
    const known = new Set(result.distribution.panels.map((panel) => panel.join(',')));
    for (const entry of lottery.panels) expect(known.has(entry.panel.join(','))).toBe(true);
  });

  it('reports the true largest deviation from the target probabilities', () => {
    const counts = problem.people.map(() => 0);
    for (const entry of lottery.panels)
      for (const person of entry.panel) counts[person] = (counts[person] ?? 0) + entry.tickets;
    const worst = Math.max(
      ...counts.map((count, i) => Math.abs(count / 1000 - (result.probabilities[i] ?? 0))),
    );
    expect(lottery.maxDeviation).toBeCloseTo(worst, 12);
    // Every person's probability is a multiple of 1/M = 0.001 away from at most one ticket's worth.
    expect(lottery.maxDeviation).toBeLessThanOrEqual(0.02);
  });

  it('draws the same panel from the same seed, and the documented ticket', () => {
    const document = parseLotteryDocument(
      JSON.parse(
        JSON.stringify(lotteryDocument(lottery, problem.people, 'leximin', 20, seedCommitment(SEED))),
      ),
    );
    const first = drawFromLottery(document, SEED);
    expect(drawFromLottery(document, SEED)).toEqual(first);
    expect(first.ticket).toBe(documentedDraw(SEED, 1000));
    expect(first.members).toHaveLength(20);
    let start = 0;
    const holder = document.panels.find((entry) => {
      start += entry.tickets;
      return first.ticket < start;
    });
    expect(first.members).toEqual(holder?.members);
  });

  it('refuses a seed that does not match the committed hash', () => {
    const document = lotteryDocument(lottery, problem.people, 'leximin', 20, seedCommitment(SEED));
    expect(() => drawFromLottery(document, `ff${SEED.slice(2)}`)).toThrow(/committed to/);
  });

  it('rounds to an odd M with tickets adding up and deviation within one ticket per member', async () => {
    const rounded = await roundToLottery(result.distribution, result.probabilities, solver, {
      size: 37,
      timeLimit: 3,
    });
    expect(rounded.panels.reduce((sum, entry) => sum + entry.tickets, 0)).toBe(37);
    // Beck–Fiala: some rounding is within k/M of the target; the ILP optimum can only be closer.
    expect(rounded.maxDeviation).toBeLessThanOrEqual(20 / 37);
  }, 60_000);
});
