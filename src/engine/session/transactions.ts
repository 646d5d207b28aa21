// Transaction nesting as SQL Server shows it to clients: @@TRANCOUNT, XACT_STATE(), and the 8-byte
// transaction descriptor that ENVCHANGE 8/9/10 carry (MS-TDS 2.2.7.9) and that clients echo in
// ALL_HEADERS. Only the outermost BEGIN/COMMIT/ROLLBACK touches storage, through TransactionHost.
import { sqlError } from '../../errors/catalog';
import type { EnvChange } from '../result-sink';

/**
 * The seam storage implements (the store's transaction on the session's connection). Nested
 * BEGIN TRAN only counts; savepoints map to SQLite SAVEPOINTs.
 */
export interface TransactionHost {
  /** may wait for another session's write lock (SET LOCK_TIMEOUT) */
  begin(): Promise<void> | void;
  commit(): void;
  rollback(): void;
  savepoint(name: string): void;
  rollbackToSavepoint(name: string): void;
}

/** Used until the store brings real tables: there is nothing to undo yet. */
export const NO_STORAGE_TRANSACTIONS: TransactionHost = {
  begin() {},
  commit() {},
  rollback() {},
  savepoint() {},
  rollbackToSavepoint() {},
};

export const ZERO_DESCRIPTOR: Buffer = Buffer.alloc(8);

/** -1: an uncommittable ("doomed") transaction, as XACT_STATE() reports it. */
export type XactState = -1 | 0 | 1;

export class TransactionManager {
  private count = 0;
  private descriptorValue: Buffer = ZERO_DESCRIPTOR;
  private doomed = false;
  private readonly savepoints: string[] = [];
  private outerName = '';
  private beganAt: Date | undefined;

  constructor(
    private readonly host: TransactionHost,
    private readonly emit: (change: EnvChange) => void,
    private readonly nextDescriptor: () => bigint,
  ) {}

  get trancount(): number {
    return this.count;
  }

  /** the outermost transaction's start and name (DBCC OPENTRAN); undefined when none is open */
  get openedTransaction(): { readonly startedAt: Date; readonly name: string } | undefined {
    return this.count > 0 && this.beganAt ? { startedAt: this.beganAt, name: this.outerName } : undefined;
  }

  get descriptor(): Buffer {
    return this.descriptorValue;
  }

  /** the outermost transaction's name ('' when unnamed) and start (sys.dm_tran_active_transactions) */
  get outermost(): { readonly name: string; readonly beganAt: Date } | undefined {
    return this.count > 0 && this.beganAt ? { name: this.outerName, beganAt: this.beganAt } : undefined;
  }

  get xactState(): XactState {
    if (this.count === 0) return 0;
    return this.doomed ? -1 : 1;
  }

  /** XACT_ABORT-style failure inside TRY: the transaction may only be rolled back. */
  doom(): void {
    if (this.count > 0) this.doomed = true;
  }

  async begin(name = ''): Promise<void> {
    if (this.count === 0) {
      await this.host.begin();
      const d = Buffer.alloc(8);
      d.writeBigUInt64LE(this.nextDescriptor());
      this.descriptorValue = d;
      this.outerName = name;
      this.beganAt = new Date();
      this.emit({ kind: 'beginTransaction', descriptor: d });
    }
    this.count++;
  }

  commit(): void {
    if (this.count === 0) throw sqlError(3902);
    if (this.doomed) throw sqlError(3930);
    if (this.count > 1) {
      this.count--;
      return;
    }
    this.host.commit();
    this.end('commitTransaction');
  }

  /** ROLLBACK [TRAN name]: a savepoint name rolls back to it; otherwise everything. */
  rollback(name = ''): void {
    if (this.count === 0) throw sqlError(3903);
    if (name !== '' && name.toLowerCase() !== this.outerName.toLowerCase()) {
      const at = this.findSavepoint(name);
      if (at < 0) throw sqlError(6401, name);
      if (this.doomed) throw sqlError(3931);
      this.host.rollbackToSavepoint(this.savepoints[at] as string);
      this.savepoints.length = at + 1;
      return;
    }
    this.rollbackAll();
  }

  rollbackAll(): void {
    if (this.count === 0) return;
    this.host.rollback();
    this.end('rollbackTransaction');
  }

  save(name: string): void {
    if (this.count === 0) throw sqlError(628);
    if (this.doomed) throw sqlError(3931);
    this.host.savepoint(name);
    this.savepoints.push(name);
  }

  private findSavepoint(name: string): number {
    const lower = name.toLowerCase();
    for (let i = this.savepoints.length - 1; i >= 0; i--) {
      if ((this.savepoints[i] as string).toLowerCase() === lower) return i;
    }
    return -1;
  }

  private end(kind: 'commitTransaction' | 'rollbackTransaction'): void {
    const old = this.descriptorValue;
    this.count = 0;
    this.doomed = false;
    this.savepoints.length = 0;
    this.outerName = '';
    this.beganAt = undefined;
    this.descriptorValue = ZERO_DESCRIPTOR;
    this.emit({ kind, descriptor: old });
  }
}
