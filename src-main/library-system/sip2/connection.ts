// One connection to the ILS: TCP or TLS, logged in with 93 as soon as it opens, one exchange at a
// time (SIP2 has no request ids; an answer belongs to the one message in flight). Anything that
// leaves the conversation in doubt — a timeout, a garbled or out-of-turn answer, a closed socket —
// ends the connection, so a late answer can never be taken for the next request's; the pool opens
// a fresh one for the next call. Every exchange is logged with its message codes, duration and
// outcome, never with a field value: passwords (CO, AD), card numbers and names stay out of logs.
import { isIP, connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions as TlsOptions } from 'node:tls';
import type { Logger } from '../../log';
import { encodeSipText, type Sip2Encoding } from './encoding';
import { Sip2Error } from './errors';
import { FrameSplitter, frameMessage, nextSequence } from './framing';
import { parseAnswer } from './parse';
import { type LoginInput, loginRequest, REQUEST_ACS_RESEND_TEXT, type SipRequest } from './requests';
import type { SipAnswer } from './responses';

export interface ConnectionOptions {
  host: string;
  port: number;
  /** false: plain TCP. Otherwise TLS with these options (ca, servername, …). */
  tls: false | TlsOptions;
  encoding: Sip2Encoding;
  /** Longest wait for the connection (with its login), and for each answer. */
  timeoutMs: number;
  log: Logger;
  /** Names the connection in the log. */
  id: string;
}

interface InFlight {
  request: SipRequest;
  sequence: number;
  bytes: Buffer;
  started: number;
  /** We asked the ILS to send its answer again (97) after a bad checksum. */
  askedResend: boolean;
  /** We sent our message again because the ILS asked (96). */
  resent: boolean;
  resolve(answer: SipAnswer): void;
  reject(error: Sip2Error): void;
}

export class Sip2Connection {
  private readonly splitter = new FrameSplitter();
  private sequence = 0;
  private inFlight: InFlight | null = null;
  /**
   * The answer timeout: one timer for the connection's life, restarted (refresh) when a request
   * goes out rather than made and cleared per request. It fires timeoutMs after the latest
   * request was sent; with nothing in flight by then it has nothing to do.
   */
  private answerTimer: NodeJS.Timeout | null = null;
  private ended = false;
  /** When the last exchange finished (for the idle status message). */
  lastActivity = Date.now();

  private constructor(
    private readonly socket: Socket,
    private readonly options: ConnectionOptions,
  ) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => this.end('connection error'));
    socket.on('close', () => this.end(this.splitter.buffered > 0 ? 'connection closed mid-message' : 'connection closed'));
  }

  get id(): string {
    return this.options.id;
  }

  /** Closed, or ended by a failure: the pool drops it. */
  get closed(): boolean {
    return this.ended;
  }

  /** Connects and logs in. Throws Sip2Error: unavailable, timeout, refused (940), or garbled. */
  static async open(options: ConnectionOptions, login: LoginInput): Promise<Sip2Connection> {
    const started = Date.now();
    let socket: Socket;
    try {
      socket = await connectSocket(options);
    } catch (error) {
      const reason = error instanceof Sip2Error ? error : new Sip2Error('unavailable', describeSocketError(error));
      options.log.warn('sip2.connect', { connection: options.id, ms: Date.now() - started, outcome: reason.reason, detail: reason.detail });
      throw reason;
    }
    const connection = new Sip2Connection(socket, options);
    try {
      const answer = await connection.exchange(loginRequest(login));
      if (answer.type !== '94' || !answer.ok) throw new Sip2Error('refused', 'the ILS refused the SIP login (940)');
    } catch (error) {
      connection.close();
      const reason = error instanceof Sip2Error ? error : new Sip2Error('garbled', 'login failed');
      options.log.warn('sip2.connect', { connection: options.id, ms: Date.now() - started, outcome: reason.reason, detail: reason.detail });
      throw reason;
    }
    options.log.info('sip2.connect', { connection: options.id, ms: Date.now() - started, outcome: 'ok', tls: options.tls !== false });
    return connection;
  }

  /** Sends one request and resolves with its answer; rejects with Sip2Error. */
  exchange(request: SipRequest): Promise<SipAnswer> {
    if (this.ended) return Promise.reject(new Sip2Error('unavailable', 'connection closed'));
    if (this.inFlight) return Promise.reject(new Sip2Error('garbled', 'a request is already in flight on this connection'));
    const sequence = this.sequence;
    this.sequence = nextSequence(sequence);
    const bytes = frameMessage(encodeSipText(request.text, this.options.encoding), sequence);
    return new Promise<SipAnswer>((resolve, reject) => {
      this.inFlight = { request, sequence, bytes, started: Date.now(), askedResend: false, resent: false, resolve, reject };
      if (this.answerTimer) this.answerTimer.refresh();
      else this.answerTimer = setTimeout(() => this.onAnswerTimeout(), this.options.timeoutMs);
      this.socket.write(bytes);
    });
  }

  close(): void {
    this.end('closed by the client');
  }

  private onData(chunk: Buffer): void {
    const frames = this.splitter.push(chunk);
    if (frames === 'overflow') return this.fail(new Sip2Error('garbled', 'no message end within 64 KiB'));
    for (const frame of frames) this.onFrame(frame);
  }

  private onFrame(frame: Buffer): void {
    const flight = this.inFlight;
    if (!flight) {
      // Nothing was asked: the conversation is out of step, and only a new connection is sure.
      this.options.log.warn('sip2.unsolicited', { connection: this.options.id });
      return this.end('unsolicited message');
    }
    const parsed = parseAnswer(frame, this.options.encoding);
    if (!parsed.ok) {
      if (parsed.error.reason === 'checksum' && !flight.askedResend) {
        flight.askedResend = true;
        this.socket.write(frameMessage(Buffer.from(REQUEST_ACS_RESEND_TEXT, 'latin1'), null));
        return;
      }
      return this.fail(parsed.error);
    }
    const answer = parsed.answer;
    if (answer.type === '96') {
      if (flight.resent) return this.fail(new Sip2Error('checksum', 'the ILS asked for our message again twice'));
      flight.resent = true;
      this.socket.write(flight.bytes);
      return;
    }
    if (answer.type !== flight.request.answer) return this.fail(new Sip2Error('garbled', `expected ${flight.request.answer}, got ${answer.type}`));
    if (answer.sequence !== null && answer.sequence !== flight.sequence) return this.fail(new Sip2Error('garbled', 'the answer carries another sequence number'));
    this.settle(flight, 'ok');
    flight.resolve(answer);
  }

  private onAnswerTimeout(): void {
    if (this.inFlight) this.fail(new Sip2Error('timeout', `no answer within ${this.options.timeoutMs} ms`));
  }

  private settle(flight: InFlight, outcome: string, detail?: string): void {
    this.inFlight = null;
    this.lastActivity = Date.now();
    const entry: Record<string, unknown> = {
      connection: this.options.id,
      message: flight.request.text.slice(0, 2),
      answer: flight.request.answer,
      ms: this.lastActivity - flight.started,
      outcome,
    };
    if (flight.askedResend) entry.askedResend = true;
    if (flight.resent) entry.resent = true;
    if (detail) entry.detail = detail;
    if (outcome === 'ok') this.options.log.info('sip2.exchange', entry);
    else this.options.log.warn('sip2.exchange', entry);
  }

  /** Ends the exchange in flight with the error, and the connection with it. */
  private fail(error: Sip2Error): void {
    const flight = this.inFlight;
    if (flight) {
      this.settle(flight, error.reason, error.detail);
      flight.reject(error);
    }
    this.end(error.detail);
  }

  private end(why: string): void {
    if (this.ended) return;
    this.ended = true;
    if (this.answerTimer) clearTimeout(this.answerTimer);
    this.socket.destroy();
    if (this.inFlight) this.fail(new Sip2Error('unavailable', why));
  }
}

function describeSocketError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ? `cannot connect (${code})` : 'cannot connect';
}

function connectSocket(options: ConnectionOptions): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const { host, port, tls } = options;
    const socket = tls === false ? netConnect({ host, port }) : tlsConnect({ ...(isIP(host) ? {} : { servername: host }), ...tls, host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Sip2Error('timeout', `no connection within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    const onError = (error: Error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(new Sip2Error('unavailable', describeSocketError(error)));
    };
    socket.once('error', onError);
    socket.once(tls === false ? 'connect' : 'secureConnect', () => {
      clearTimeout(timer);
      socket.removeListener('error', onError);
      socket.setNoDelay(true);
      socket.setKeepAlive(true, 60_000);
      resolve(socket);
    });
  });
}
