import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeStore, type NodeStore, type SessionStorage } from '../../../src/store';

export const SA_PASSWORD = 'Str0ng!Passw0rd';

export interface FreshNode {
  readonly dir: string;
  readonly store: NodeStore;
  /** closes the store; removes the folder unless the test failed (kept for inspection) */
  dispose(keep?: boolean): Promise<void>;
}

export async function freshNode(): Promise<FreshNode> {
  const dir = mkdtempSync(join(tmpdir(), 'msxd-store-'));
  const { store } = await openNodeStore(dir, { initialSaPassword: SA_PASSWORD });
  return {
    dir,
    store,
    async dispose(keep = false) {
      await store.close();
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'msxd-store-'));
}

/** the table of the session-level tests: `"msdb"."dbo.t" (id INTEGER PRIMARY KEY, v TEXT)` */
export const T = '"msdb"."dbo.t"';

/** a fresh node whose msdb has table T, empty */
export async function nodeWithTable(): Promise<FreshNode> {
  const node = await freshNode();
  const setup = node.store.openSession({ database: 'msdb' });
  setup.exec(`CREATE TABLE ${T} (id INTEGER PRIMARY KEY, v TEXT)`);
  setup.close();
  return node;
}

/** rows in T as `s` sees them */
export const count = (s: SessionStorage): number => s.get<{ n: number }>(`SELECT count(*) AS n FROM ${T}`)?.n ?? -1;
