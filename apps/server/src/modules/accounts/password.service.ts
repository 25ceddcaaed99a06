import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt parameters for new hashes. N=2^15, r=8, p=3 is one of the OWASP Password Storage Cheat Sheet
 * settings equal in strength to N=2^17, r=8, p=1 while using 32 MiB instead of 128 MiB per hash.
 * Each stored hash carries its own parameters, so these can be raised later: `needsRehash` tells the
 * login path to re-hash an old one.
 */
export const CURRENT_SCRYPT = { logN: 15, r: 8, p: 3 } as const;

const KEY_LENGTH = 64;
const SALT_LENGTH = 16;
const SCHEME = 'scrypt';

interface ScryptParameters {
  logN: number;
  r: number;
  p: number;
}

interface ParsedHash extends ScryptParameters {
  salt: Buffer;
  hash: Buffer;
}

function deriveKey(
  password: string,
  salt: Buffer,
  length: number,
  params: ScryptParameters,
): Promise<Buffer> {
  const N = 2 ** params.logN;
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 256 * N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    // The async form runs on the libuv pool, so a login does not stall every other request.
    scrypt(password.normalize('NFKC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** `scrypt$ln=15,r=8,p=3$<salt base64url>$<hash base64url>`: self-describing, salt unique per hash. */
export async function hashPassword(
  password: string,
  params: ScryptParameters = CURRENT_SCRYPT,
): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const hash = await deriveKey(password, salt, KEY_LENGTH, params);
  return [
    SCHEME,
    `ln=${params.logN},r=${params.r},p=${params.p}`,
    salt.toString('base64url'),
    hash.toString('base64url'),
  ].join('$');
}

function parseHash(encoded: string): ParsedHash | null {
  const [scheme, paramText, salt, hash, ...rest] = encoded.split('$');
  if (scheme !== SCHEME || !paramText || !salt || !hash || rest.length > 0) return null;
  const match = /^ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})$/.exec(paramText);
  if (!match) return null;
  const [logN, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Refuse absurd stored parameters rather than let a corrupted row exhaust memory.
  if (logN < 10 || logN > 22 || r < 1 || r > 32 || p < 1 || p > 16) return null;
  return { logN, r, p, salt: Buffer.from(salt, 'base64url'), hash: Buffer.from(hash, 'base64url') };
}

/** Constant-time comparison against a stored hash; false for a malformed or missing hash. */
export async function verifyPassword(password: string, encoded: string | null): Promise<boolean> {
  const parsed = encoded ? parseHash(encoded) : null;
  if (!parsed || parsed.hash.length === 0) {
    // Spend the same time as a real check, so the answer does not reveal whether the account exists.
    await deriveKey(password, randomBytes(SALT_LENGTH), KEY_LENGTH, CURRENT_SCRYPT);
    return false;
  }
  const candidate = await deriveKey(password, parsed.salt, parsed.hash.length, parsed);
  return timingSafeEqual(candidate, parsed.hash);
}

/** True when the stored hash was made with weaker parameters than today's. */
export function needsRehash(encoded: string): boolean {
  const parsed = parseHash(encoded);
  if (!parsed) return true;
  return (
    2 ** parsed.logN * parsed.r * parsed.p < 2 ** CURRENT_SCRYPT.logN * CURRENT_SCRYPT.r * CURRENT_SCRYPT.p
  );
}
