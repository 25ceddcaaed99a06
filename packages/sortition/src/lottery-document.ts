import { drawTicket, SeedError, seedCommitment } from './draw.ts';
import type { Lottery } from './lottery.ts';
import type { Algorithm, Person } from './types.ts';

export const LOTTERY_FORMAT = 'crossgov-sortition-lottery/1';

/** The published lottery: what anyone needs to re-run the draw. */
export interface LotteryDocument {
  format: typeof LOTTERY_FORMAT;
  algorithm: Algorithm;
  panelSize: number;
  /** M: the number of tickets. */
  size: number;
  /** SHA-256 (hex) of the seed, committed before the draw; null if none was committed. */
  seedHash: string | null;
  maxDeviation: number;
  method: Lottery['method'];
  drawProcedure: string;
  /** Tickets are numbered 0..M-1 through the panels in this order. */
  panels: Array<{ members: string[]; tickets: number }>;
}

export const DRAW_PROCEDURE =
  'seed = bytes of the hex seed; for c = 0, 1, 2, ...: v = first 8 bytes (big-endian) of SHA-256(seed || c as 4 bytes big-endian); ' +
  'if v < floor(2^64 / size) * size then ticket = v mod size, stop. Tickets 0..size-1 run through `panels` in order, ' +
  'each panel holding `tickets` consecutive numbers.';

export class LotteryFormatError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`lottery field "${field}": ${message}`);
    this.name = 'LotteryFormatError';
  }
}

/** The lottery as a JSON-ready document with person ids, panels in a canonical order. */
export function lotteryDocument(
  lottery: Lottery,
  people: readonly Person[],
  algorithm: Algorithm,
  panelSize: number,
  seedHash: string | null = null,
): LotteryDocument {
  if (seedHash !== null && !/^[0-9a-f]{64}$/.test(seedHash))
    throw new SeedError('the seed hash must be 64 lowercase hex digits (SHA-256)');
  // Canonical order: members in pool order, panels compared member by member in pool order.
  const ordered = lottery.panels.map(({ panel, tickets }) => ({
    panel: [...panel].sort((a, b) => a - b),
    tickets,
  }));
  ordered.sort((a, b) => {
    for (let i = 0; i < Math.min(a.panel.length, b.panel.length); i += 1) {
      const difference = (a.panel[i] ?? 0) - (b.panel[i] ?? 0);
      if (difference !== 0) return difference;
    }
    return a.panel.length - b.panel.length;
  });
  const panels = ordered.map(({ panel, tickets }) => ({
    members: panel.map((person) => people[person]?.id ?? String(person)),
    tickets,
  }));
  return {
    format: LOTTERY_FORMAT,
    algorithm,
    panelSize,
    size: lottery.size,
    seedHash,
    maxDeviation: lottery.maxDeviation,
    method: lottery.method,
    drawProcedure: DRAW_PROCEDURE,
    panels,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a parsed lottery JSON document; throws LotteryFormatError naming the bad field. */
export function parseLotteryDocument(value: unknown): LotteryDocument {
  if (!isRecord(value)) throw new LotteryFormatError('(root)', 'must be a JSON object');
  if (value.format !== LOTTERY_FORMAT) throw new LotteryFormatError('format', `must be "${LOTTERY_FORMAT}"`);
  const size = value.size;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1)
    throw new LotteryFormatError('size', 'must be a whole number >= 1');
  const seedHash = value.seedHash ?? null;
  if (seedHash !== null && (typeof seedHash !== 'string' || !/^[0-9a-f]{64}$/.test(seedHash)))
    throw new LotteryFormatError('seedHash', 'must be null or 64 lowercase hex digits');
  if (!Array.isArray(value.panels) || value.panels.length === 0)
    throw new LotteryFormatError('panels', 'must be a non-empty list');
  let total = 0;
  const panels = value.panels.map((entry: unknown, index: number) => {
    const members = isRecord(entry) ? entry.members : undefined;
    const tickets = isRecord(entry) ? entry.tickets : undefined;
    if (!Array.isArray(members) || !members.every((member) => typeof member === 'string'))
      throw new LotteryFormatError(`panels[${index}].members`, 'must be a list of ids');
    if (typeof tickets !== 'number' || !Number.isInteger(tickets) || tickets < 1)
      throw new LotteryFormatError(`panels[${index}].tickets`, 'must be a whole number >= 1');
    total += tickets;
    return { members: members as string[], tickets };
  });
  if (total !== size) throw new LotteryFormatError('panels', `tickets add up to ${total}, not size ${size}`);
  const algorithm = typeof value.algorithm === 'string' ? value.algorithm : 'leximin';
  return {
    format: LOTTERY_FORMAT,
    algorithm: algorithm as Algorithm,
    panelSize: typeof value.panelSize === 'number' ? value.panelSize : (panels[0]?.members.length ?? 0),
    size,
    seedHash,
    maxDeviation: typeof value.maxDeviation === 'number' ? value.maxDeviation : Number.NaN,
    method: value.method === 'ilp' ? 'ilp' : 'largest-remainder',
    drawProcedure: DRAW_PROCEDURE,
    panels,
  };
}

export interface DrawResult {
  ticket: number;
  panelIndex: number;
  members: string[];
  seedHash: string;
}

/**
 * Draws the panel of a published lottery from the revealed seed (Flanigan, Kehne, Procaccia 2021:
 * the uniform lottery makes the draw checkable). Refuses a seed whose SHA-256 is not the committed hash.
 */
export function drawFromLottery(document: LotteryDocument, seedHex: string): DrawResult {
  const seedHash = seedCommitment(seedHex);
  if (document.seedHash !== null && document.seedHash !== seedHash)
    throw new SeedError(
      `SHA-256 of this seed is ${seedHash}, but the lottery committed to ${document.seedHash}`,
    );
  const ticket = drawTicket(seedHex, document.size);
  let start = 0;
  for (const [panelIndex, entry] of document.panels.entries()) {
    if (ticket < start + entry.tickets) return { ticket, panelIndex, members: entry.members, seedHash };
    start += entry.tickets;
  }
  throw new LotteryFormatError('panels', 'tickets do not cover the drawn number');
}
