// Messages on the byte stream. A SIP2 message ends with CR. Servers and clients in the field also
// send CRLF, and some an LF of their own before the next message (Koha's read_SIP_packet strips
// line feeds wherever they are for this reason), so the splitter treats a CR as the end and drops
// line feeds at either end of a message. Error detection adds "AY<n>AZ<sum>" before the CR.
import { checksumIsValid, sipChecksum } from './checksum';

const CR = 0x0d;
const LF = 0x0a;

/** No SIP2 answer comes near this; a peer that sends more without a CR is not speaking SIP2. */
export const MAX_FRAME_BYTES = 64 * 1024;

const EMPTY = Buffer.alloc(0);

/** The request as sent: body, then AY<sequence> (when given), AZ and the checksum, then CR. */
export function frameMessage(body: Uint8Array, sequence: number | null): Buffer {
  const trailer = sequence === null ? 'AZ' : `AY${sequence}AZ`;
  // One buffer written in place: the frame is built for every request, and concatenations copy.
  const summedEnd = body.length + trailer.length;
  const frame = Buffer.allocUnsafe(summedEnd + 5);
  frame.set(body, 0);
  frame.write(trailer, body.length, 'latin1');
  frame.write(sipChecksum(frame.subarray(0, summedEnd)), summedEnd, 'latin1');
  frame[summedEnd + 4] = CR;
  return frame;
}

/** The next sequence number: one digit, 0–9 and round again. */
export function nextSequence(previous: number): number {
  return (previous + 1) % 10;
}

/** Cuts a byte stream into messages (without their terminators). */
export class FrameSplitter {
  private pending: Buffer = EMPTY;

  /** The complete messages in what has arrived so far; 'overflow' when a message outgrew MAX_FRAME_BYTES. */
  push(chunk: Uint8Array): Buffer[] | 'overflow' {
    // Read the chunk where it lies; only what is kept (frames, a partial message) is copied, so
    // the splitter never holds the caller's memory.
    const owned = this.pending.length > 0;
    const data = owned ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const frames: Buffer[] = [];
    let start = 0;
    for (let cr = data.indexOf(CR, start); cr !== -1; cr = data.indexOf(CR, start)) {
      const frame = trimLineFeeds(data.subarray(start, cr));
      if (frame.length > 0) frames.push(Buffer.from(frame));
      start = cr + 1;
    }
    const rest = data.subarray(start);
    this.pending = rest.length === 0 ? EMPTY : owned ? rest : Buffer.from(rest);
    if (this.pending.length > MAX_FRAME_BYTES) return 'overflow';
    return frames;
  }

  /** Bytes of a message still waiting for its CR (a peer that closes now closed mid-message). */
  get buffered(): number {
    return trimLineFeeds(this.pending).length;
  }
}

function trimLineFeeds(bytes: Buffer): Buffer {
  let from = 0;
  let to = bytes.length;
  while (from < to && bytes[from] === LF) from++;
  while (to > from && bytes[to - 1] === LF) to--;
  return bytes.subarray(from, to);
}

export interface Unframed {
  /** The message without AY/AZ. */
  body: Buffer;
  /** The AY digit, when the message carried one. */
  sequence: number | null;
  /** absent: the peer does not use error detection (allowed by the protocol). */
  checksum: 'valid' | 'invalid' | 'absent';
}

/**
 * Splits off the error-detection trailer and checks the sum. A line feed inside a message is
 * dropped and the sum checked again when the first check fails: some peers wrap long messages
 * and sum what they meant to send, not what they sent.
 */
export function unframe(frame: Buffer): Unframed {
  const azAt = frame.length - 6;
  const hasSum = azAt >= 0 && frame[azAt] === 0x41 && frame[azAt + 1] === 0x5a;
  if (!hasSum) return { body: frame, sequence: null, checksum: 'absent' };
  let valid = checksumIsValid(frame);
  if (!valid && frame.includes(LF)) valid = checksumIsValid(Buffer.from(frame.filter((b) => b !== LF)));
  const ayAt = azAt - 3;
  const digit = ayAt >= 0 && frame[ayAt] === 0x41 && frame[ayAt + 1] === 0x59 ? (frame[ayAt + 2] as number) - 0x30 : -1;
  const sequence = digit >= 0 && digit <= 9 ? digit : null;
  return { body: frame.subarray(0, sequence === null ? azAt : ayAt), sequence, checksum: valid ? 'valid' : 'invalid' };
}
