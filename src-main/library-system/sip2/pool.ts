// A few logged-in connections shared by the kiosk's requests. SIP2 answers one message at a time
// per connection, so concurrency comes from connections: a request takes an idle one, opens a new
// one while fewer than `size` exist, or waits its turn (at most timeoutMs). A connection that
// failed is dropped; the next request opens a fresh one (and logs in again).
//
// Back-off: after a failed connect or login, new connections are not tried again before a delay
// that doubles with each failure (initialMs … maxMs), and requests meanwhile fail at once with
// 'unavailable' — a kiosk tells the patron straight away instead of waiting out a timeout per tap,
// and a wrong SIP password is not retried fast enough to lock the ILS account.
//
// Idle status: a connection unused for statusEveryMs sends an SC status (99), because ILSs drop
// connections that stay silent (Koha's SIP server after its timeout) and the kiosk's next patron
// would otherwise pay for a reconnect.
import type { Sip2Connection } from './connection';
import { Sip2Error } from './errors';
import { scStatusRequest } from './requests';

export interface PoolOptions {
  size: number;
  timeoutMs: number;
  statusEveryMs: number;
  backoff: { initialMs: number; maxMs: number };
  /** Opens and logs in one connection (Sip2Connection.open with the pool's settings). */
  open(id: string): Promise<Sip2Connection>;
  now?: () => number;
}

interface Waiter {
  resolve(connection: Sip2Connection): void;
  reject(error: Sip2Error): void;
  timer: NodeJS.Timeout;
}

export class Sip2Pool {
  private readonly idle: Sip2Connection[] = [];
  private readonly waiters: Waiter[] = [];
  /** Connections open or being opened. */
  private count = 0;
  private serial = 0;
  private failures = 0;
  private retryAt = 0;
  private closing = false;
  private readonly statusTimers = new Map<Sip2Connection, NodeJS.Timeout>();
  private readonly now: () => number;

  constructor(private readonly options: PoolOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Runs `use` with a connection of its own; the connection goes back when it is done. */
  async run<T>(use: (connection: Sip2Connection) => Promise<T>): Promise<T> {
    const connection = await this.acquire();
    try {
      return await use(connection);
    } finally {
      this.release(connection);
    }
  }

  /** Connections open now (for tests and the status screen). */
  get size(): number {
    return this.count;
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const waiter of this.waiters.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(new Sip2Error('unavailable', 'the client is closing'));
    }
    for (const timer of this.statusTimers.values()) clearTimeout(timer);
    this.statusTimers.clear();
    for (const connection of this.idle.splice(0)) connection.close();
  }

  private acquire(): Promise<Sip2Connection> {
    if (this.closing) return Promise.reject(new Sip2Error('unavailable', 'the client is closed'));
    while (this.idle.length > 0) {
      const connection = this.idle.pop() as Sip2Connection;
      // Its status timer keeps running: once out of the idle list, the timer finds nothing to do.
      if (!connection.closed) return Promise.resolve(connection);
      this.stopStatusTimer(connection);
      this.count--;
    }
    if (this.count < this.options.size) return this.openOne();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          reject(new Sip2Error('timeout', `no free connection within ${this.options.timeoutMs} ms`));
        }, this.options.timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  private async openOne(): Promise<Sip2Connection> {
    const wait = this.retryAt - this.now();
    if (wait > 0) throw new Sip2Error('unavailable', `not retrying for ${Math.ceil(wait / 1000)} s after ${this.failures} failed connection(s)`);
    this.count++;
    try {
      const connection = await this.options.open(`sip2#${++this.serial}`);
      this.failures = 0;
      this.retryAt = 0;
      return connection;
    } catch (error) {
      this.count--;
      this.failures++;
      const { initialMs, maxMs } = this.options.backoff;
      this.retryAt = this.now() + Math.min(maxMs, initialMs * 2 ** Math.min(this.failures - 1, 20));
      throw error instanceof Sip2Error ? error : new Sip2Error('unavailable', 'cannot connect');
    }
  }

  private release(connection: Sip2Connection): void {
    if (connection.closed || this.closing) {
      this.stopStatusTimer(connection);
      connection.close();
      this.count--;
      // A request waiting for a free connection gets a fresh one in the dropped one's place.
      const waiter = this.waiters.shift();
      if (waiter) {
        clearTimeout(waiter.timer);
        this.openOne().then(waiter.resolve, waiter.reject);
      }
      return;
    }
    const waiter = this.waiters.shift();
    if (waiter) {
      clearTimeout(waiter.timer);
      waiter.resolve(connection);
      return;
    }
    this.idle.push(connection);
    this.restartStatusTimer(connection);
  }

  /**
   * Starts the connection's idle clock again: statusEveryMs from now. One timer per connection,
   * restarted with refresh() on every release instead of made anew and cleared on every acquire.
   */
  private restartStatusTimer(connection: Sip2Connection): void {
    const timer = this.statusTimers.get(connection);
    if (timer) {
      timer.refresh();
      return;
    }
    const made = setTimeout(() => this.statusDue(connection), this.options.statusEveryMs);
    // The status timer alone must not keep a CLI or test process alive.
    made.unref();
    this.statusTimers.set(connection, made);
  }

  /** statusEveryMs after the connection's last release: an SC status if it is still idle. */
  private statusDue(connection: Sip2Connection): void {
    const at = this.idle.indexOf(connection);
    // In use: its release restarts the timer.
    if (at === -1 || this.closing) return;
    this.idle.splice(at, 1);
    // A failed status ends the connection (logged by it); the next request opens another.
    connection
      .exchange(scStatusRequest())
      .catch(() => undefined)
      .finally(() => this.release(connection));
  }

  private stopStatusTimer(connection: Sip2Connection): void {
    const timer = this.statusTimers.get(connection);
    if (timer) clearTimeout(timer);
    this.statusTimers.delete(connection);
  }
}
