// The poll's connection to the master, one login per poll. An mssql ConnectionPool opens and
// closes a test connection in connect() before it opens the pool's own, so a pool per poll logged
// in twice (and a SELECT 1 validated the connection before each call): the master paid two logins
// and two of tedious's SET batches per poll. The pool is kept between polls instead, with no
// connection in it while idle: the connection closes once unused for IDLE_CLOSE_MS, so the target
// still disconnects between polls as SQL Server's does (reference §8), a moment after the poll.
import { createHash } from 'node:crypto';
import sql, { type ConnectionPool } from 'mssql';
import { masterPoolConfig, type MasterConnectOptions } from './master-client';
import type { MsxConnectionInfo } from './msx-types';

/**
 * Longer than the gaps between one poll's calls (a call the target makes to its own node in
 * between, such as applying an instruction, that takes longer costs one more login, nothing else),
 * short enough that the next poll, even a forced one, logs in again: a login disabled or removed
 * from TargetServersRole in between is refused as with SQL Server's target.
 */
export const IDLE_CLOSE_MS = 100;

export class MasterPools {
  private readonly pools = new Map<string, Promise<ConnectionPool>>();

  constructor(private readonly options: MasterConnectOptions = {}) {}

  /** the connected pool for these settings; a new address, account or CA closes the pools of the old ones */
  async get(info: MsxConnectionInfo): Promise<ConnectionPool> {
    const config = await masterPoolConfig(info, this.options, IDLE_CLOSE_MS);
    // the CA's text is in the config (read at every poll), so a CA file replaced on disk takes
    // effect; hashed, so that the password is not kept a second time in the key
    const key = createHash('sha256').update(JSON.stringify(config)).digest('base64');
    const known = this.pools.get(key);
    if (known) return known;
    await this.closeAll();
    const created = (async () => {
      const pool = new sql.ConnectionPool(config);
      pool.on('error', () => undefined);
      await pool.connect();
      return pool;
    })();
    this.pools.set(key, created);
    // a master that refused (unreachable, certificate not valid, login failed) is asked again next time
    created.catch(() => { if (this.pools.get(key) === created) this.pools.delete(key); });
    return created;
  }

  async closeAll(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map(async (p) => (await p.catch(() => null))?.close().catch(() => undefined)));
  }
}
