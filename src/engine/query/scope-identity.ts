// SCOPE_IDENTITY() is the last identity value inserted in the *current scope* (batch, procedure,
// dynamic SQL), unlike @@IDENTITY (the session's last, SessionState.identity). INSERTs record it
// per frame here; SCOPE_IDENTITY() should read scopeIdentityOf(scope.frame).
import type { Frame } from '../interpreter/frame';

const values = new WeakMap<Frame, bigint>();

export function recordScopeIdentity(frame: Frame, value: bigint): void {
  values.set(frame, value);
}

export function scopeIdentityOf(frame: Frame): bigint | null {
  return values.get(frame) ?? null;
}
