import { describe, expect, it } from 'vitest';
import { CURRENT_SCRYPT, hashPassword, needsRehash, verifyPassword } from './password.service.ts';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
  });

  it('salts every hash differently and records its parameters', async () => {
    const [first, second] = await Promise.all([hashPassword('same'), hashPassword('same')]);
    expect(first).not.toBe(second);
    expect(first).toMatch(
      new RegExp(`^scrypt\\$ln=${CURRENT_SCRYPT.logN},r=${CURRENT_SCRYPT.r},p=${CURRENT_SCRYPT.p}\\$`),
    );
  });

  it('still verifies a hash made with older, weaker parameters, and asks for a re-hash', async () => {
    const old = await hashPassword('kept from 2020', { logN: 14, r: 8, p: 1 });
    expect(await verifyPassword('kept from 2020', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPassword('fresh'))).toBe(false);
  });

  it('treats the same password in another Unicode normal form as equal', async () => {
    const hash = await hashPassword('Ångström');
    expect(await verifyPassword('A\u030Angstro\u0308m', hash)).toBe(true);
  });

  it.each([null, '', 'plain-text', 'scrypt$ln=40,r=8,p=1$c2FsdA$aGFzaA', 'bcrypt$2b$10$abc'])(
    'rejects a missing or malformed stored hash (%s)',
    async (stored) => {
      expect(await verifyPassword('anything', stored)).toBe(false);
    },
  );
});
