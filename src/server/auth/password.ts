import { hash, verify } from '@node-rs/argon2';

// Memory-hard password hashing (argon2id, OWASP's 19 MiB / 2 passes). The native module hashes on
// libuv's thread pool, so logins do not block other requests.
// algorithm 2 = Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false; // a malformed stored hash never authenticates
  }
}

// Verified against when the user does not exist, so both answers take the same time.
let dummyHash: Promise<string> | undefined;
export const verifyAgainstDummy = async (password: string): Promise<void> => {
  dummyHash ??= hashPassword('openkam-timing-equaliser');
  await verifyPassword(await dummyHash, password);
};

export { PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from '../../domain/users/password-rules.ts';
