import { createHash } from 'node:crypto';

/** Thrown when a seed is malformed or does not match the lottery's committed hash. */
export class SeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedError';
  }
}

/** Seeds must be hex with at least 16 bytes, so the published hash cannot be inverted by brute force. */
export function seedBytes(seedHex: string): Buffer {
  const hex = seedHex.trim().toLowerCase().replace(/^0x/, '');
  if (!/^([0-9a-f]{2})+$/.test(hex)) throw new SeedError('the seed must be an even number of hex digits');
  if (hex.length < 32) throw new SeedError('the seed must have at least 16 bytes (32 hex digits)');
  return Buffer.from(hex, 'hex');
}

/** The commitment published before the draw: SHA-256 of the seed's bytes, lowercase hex. */
export function seedCommitment(seedHex: string): string {
  return createHash('sha256').update(seedBytes(seedHex)).digest('hex');
}

/**
 * Maps a seed to a ticket in [0, M) without modulo bias, so anyone can re-run it:
 * for c = 0, 1, 2, ...: v = first 8 bytes, big-endian, of SHA-256(seed || c as 4 bytes big-endian);
 * if v < floor(2^64 / M) * M, return v mod M; otherwise try the next c.
 */
export function drawTicket(seedHex: string, size: number): number {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`the lottery size must be a whole number >= 1, got ${size}`);
  const seed = seedBytes(seedHex);
  const m = BigInt(size);
  const limit = ((1n << 64n) / m) * m;
  for (let counter = 0; counter < 2 ** 32; counter += 1) {
    const suffix = Buffer.alloc(4);
    suffix.writeUInt32BE(counter);
    const digest = createHash('sha256')
      .update(Buffer.concat([seed, suffix]))
      .digest();
    const value = digest.readBigUInt64BE(0);
    if (value < limit) return Number(value % m);
  }
  throw new SeedError('no ticket found (this cannot happen for any real seed)');
}
