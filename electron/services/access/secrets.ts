import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

/**
 * Passwords and recovery codes are kept only as scrypt hashes with their own salt and the
 * parameters used, so stronger parameters later still check old hashes. scrypt, not a fast hash:
 * someone who copies access.json must pay ~0.1 s per guess.
 */
export const SecretSchema = z.object({
  salt: z.string().regex(/^[0-9a-f]{32}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  params: z.object({ N: z.number().int().min(1024), r: z.number().int().min(1), p: z.number().int().min(1) }),
});
export type Secret = z.infer<typeof SecretSchema>;

const PARAMS = { N: 2 ** 15, r: 8, p: 1 };

function derive(text: string, salt: Buffer, params: Secret['params']): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((ok, fail) => scrypt(text.normalize('NFC'), salt, 32, options, (e, key) => (e ? fail(e) : ok(key))));
}

export async function hashSecret(text: string): Promise<Secret> {
  const salt = randomBytes(16);
  return { salt: salt.toString('hex'), hash: (await derive(text, salt, PARAMS)).toString('hex'), params: PARAMS };
}

export async function secretMatches(text: string, secret: Secret): Promise<boolean> {
  const key = await derive(text, Buffer.from(secret.salt, 'hex'), secret.params);
  return timingSafeEqual(key, Buffer.from(secret.hash, 'hex'));
}

// No 0/O, 1/I/L: a code read off paper must not be misread.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 20 characters in 4 groups (≈ 98 bits), e.g. K7QMP-3XW9D-HT4RA-NV8EB. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

/** Case, spaces and dashes do not matter when the code is typed back. */
export const normalizeRecoveryCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');
