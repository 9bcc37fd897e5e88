import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** Where a change writes: a transaction of its own, or its part of a request's keyed write. */
export interface WriteUnit {
  readonly manager: EntityManager;
  /** Keeps what was written: commits its own transaction, or leaves it to the keyed write. */
  keep(): Promise<void>;
  /** Undoes what was written unless kept; safe to call after `keep` or twice. */
  undo(): Promise<void>;
}

const current = new AsyncLocalStorage<KeyedWrite>();

/**
 * The writes of one request sent with an `Idempotency-Key`, in one transaction that ends with the
 * key and the request's answer: all of it is committed, or none. A write unit opened while the
 * request is handled ({@link openWriteUnit}) is a savepoint in it, so a failed one undoes only
 * itself, as its own transaction would; units take turns on the one connection. What a unit wrote
 * is visible on that connection only until the end: a handler reads its writes from the unit.
 */
export class KeyedWrite {
  private runner?: QueryRunner;
  private turn: Promise<void> = Promise.resolve();
  private units = 0;
  private ended = false;

  constructor(private readonly dataSource: DataSource) {}

  /** Runs `handle`, and all that it starts, with this as the write its units join. */
  around<T>(handle: () => T): T {
    return current.run(this, handle);
  }

  get hasEnded(): boolean {
    return this.ended;
  }

  /** A savepoint in this write's transaction, once the unit before it is kept or undone. */
  async open(): Promise<WriteUnit> {
    const previous = this.turn;
    let done!: () => void;
    this.turn = new Promise((resolve) => (done = resolve));
    await previous;
    try {
      const runner = await this.transaction();
      this.units += 1;
      const savepoint = `keyed_write_${this.units}`;
      await runner.query(`SAVEPOINT ${savepoint}`);
      return new SavepointUnit(runner, savepoint, done);
    } catch (error) {
      done();
      throw error;
    }
  }

  /**
   * Ends the write once its units are done: runs `last` in its transaction and commits when it
   * answers true; anything else (false, a failure) rolls all of it back. Whether it committed.
   */
  async end(last: (manager: EntityManager) => Promise<boolean>): Promise<boolean> {
    await this.turn;
    const runner = await this.transaction();
    this.ended = true;
    try {
      const kept = await last(runner.manager);
      if (kept) {
        await runner.commitTransaction();
      }
      return kept;
    } finally {
      await this.abandon();
    }
  }

  /** Rolls back whatever was written (the request failed); nothing of it stays. */
  async abandon(): Promise<void> {
    this.ended = true;
    const runner = this.runner;
    this.runner = undefined;
    if (!runner) {
      return;
    }
    try {
      if (runner.isTransactionActive) {
        await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
    }
  }

  private async transaction(): Promise<QueryRunner> {
    if (this.ended) {
      throw new Error('this keyed write has ended');
    }
    this.runner ??= await beginTransaction(this.dataSource);
    return this.runner;
  }
}

/**
 * Opens where a change writes: inside the request's keyed write when there is one (a savepoint),
 * else a transaction of its own.
 */
export async function openWriteUnit(dataSource: DataSource): Promise<WriteUnit> {
  const keyed = current.getStore();
  if (keyed && !keyed.hasEnded) {
    return keyed.open();
  }
  return new TransactionUnit(await beginTransaction(dataSource));
}

/** Runs `work` in a write unit and keeps what it wrote, or undoes it when `work` fails. */
export async function inWriteUnit<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const unit = await openWriteUnit(dataSource);
  try {
    const result = await work(unit.manager);
    await unit.keep();
    return result;
  } finally {
    await unit.undo();
  }
}

async function beginTransaction(dataSource: DataSource): Promise<QueryRunner> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction();
    return runner;
  } catch (error) {
    await runner.release();
    throw error;
  }
}

class TransactionUnit implements WriteUnit {
  private open = true;

  constructor(private readonly runner: QueryRunner) {}

  get manager(): EntityManager {
    return this.runner.manager;
  }

  async keep(): Promise<void> {
    await this.runner.commitTransaction();
    await this.undo();
  }

  async undo(): Promise<void> {
    if (!this.open) {
      return;
    }
    this.open = false;
    try {
      if (this.runner.isTransactionActive) {
        await this.runner.rollbackTransaction();
      }
    } finally {
      await this.runner.release();
    }
  }
}

class SavepointUnit implements WriteUnit {
  private open = true;

  constructor(
    private readonly runner: QueryRunner,
    private readonly savepoint: string,
    private readonly done: () => void,
  ) {}

  get manager(): EntityManager {
    return this.runner.manager;
  }

  async keep(): Promise<void> {
    await this.runner.query(`RELEASE SAVEPOINT ${this.savepoint}`);
    this.open = false;
    this.done();
  }

  async undo(): Promise<void> {
    if (!this.open) {
      return;
    }
    this.open = false;
    try {
      await this.runner.query(`ROLLBACK TO SAVEPOINT ${this.savepoint}`);
      await this.runner.query(`RELEASE SAVEPOINT ${this.savepoint}`);
    } finally {
      this.done();
    }
  }
}
