// Ownership chaining: inside a procedure, objects owned by the procedure's owner are used without
// a permission check of their own (SQL Server's unbroken ownership chain). The procedure's frame
// remembers its owner once its EXECUTE check passes; dynamic SQL runs in a new frame, so it breaks
// the chain, as in SQL Server.
import type { Frame } from '../interpreter/frame';

interface ModuleOwner {
  readonly database: string;
  readonly ownerId: number;
}

const owners = new WeakMap<Frame, ModuleOwner>();

export function enterModule(frame: Frame, database: string, ownerId: number): void {
  owners.set(frame, { database: database.toLowerCase(), ownerId });
}

/** True when `frame` runs a module of `database` owned by `ownerId`. */
export function chainsTo(frame: Frame, database: string, ownerId: number): boolean {
  const o = owners.get(frame);
  return o !== undefined && o.database === database.toLowerCase() && o.ownerId === ownerId;
}
