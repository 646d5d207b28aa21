import { createHmac, randomBytes } from 'node:crypto';

// Verified-credential cache (README "Verified-credential cache"): a successful slow verify lets
// the next login with the same name+password cost one HMAC. The key is random per process and
// never stored, so a cache entry reveals nothing outside this process: it is not a password and
// not an offline-crackable hash.

export interface CachedCredential {
  readonly principalId: number;
  /** the login's password generation when verified; a changed password bumps it */
  readonly generation: number;
}

export class CredentialCache {
  private readonly key = randomBytes(32);
  private readonly entries = new Map<string, CachedCredential>();

  constructor(private readonly capacity = 4096) {}

  /** nameKey is the collation key of the login name (names are case-insensitive). */
  tag(nameKey: string, password: string): string {
    return createHmac('sha256', this.key).update(nameKey).update('\u0000').update(password).digest('base64');
  }

  get(tag: string): CachedCredential | undefined {
    const hit = this.entries.get(tag);
    if (hit) {
      this.entries.delete(tag);
      this.entries.set(tag, hit);
    }
    return hit;
  }

  set(tag: string, value: CachedCredential): void {
    this.entries.delete(tag);
    this.entries.set(tag, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  delete(tag: string): void {
    this.entries.delete(tag);
  }

  /** Password changed or login dropped: its entries can never hit again, free them now. */
  forgetPrincipal(principalId: number): void {
    for (const [tag, entry] of this.entries) if (entry.principalId === principalId) this.entries.delete(tag);
  }

  get size(): number {
    return this.entries.size;
  }
}
