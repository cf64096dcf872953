import { describe, expect, it } from 'vitest';
import { FrameSplitter, frameMessage, MAX_FRAME_BYTES, nextSequence, unframe } from '../../../src-main/library-system/sip2/framing';

const ascii = (s: string) => Buffer.from(s, 'latin1');

describe('SIP2 framing', () => {
  it('adds AY, AZ, the checksum and CR', () => {
    expect(frameMessage(ascii('941'), 0).toString('latin1')).toBe('941AY0AZFDFD\r');
    expect(frameMessage(ascii('97'), null).toString('latin1')).toBe('97AZFEF5\r');
  });

  it('counts sequence numbers 0–9 and round again', () => {
    const seen: number[] = [];
    let n = 0;
    for (let i = 0; i < 12; i++) {
      seen.push(n);
      n = nextSequence(n);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
  });

  it('cuts at CR, drops the LF of CRLF and stray LFs, and waits for the rest of a split message', () => {
    const splitter = new FrameSplitter();
    expect(splitter.push(ascii('941AY0AZFDFD\r\n98'))).toEqual([ascii('941AY0AZFDFD')]);
    expect(splitter.buffered).toBe(2);
    expect(splitter.push(ascii('YY\r'))).toEqual([ascii('98YY')]);
    expect(splitter.push(ascii('\n\n941\n\r\r\r\n'))).toEqual([ascii('941')]);
    expect(splitter.buffered).toBe(0);
  });

  it('reports a message that outgrows the limit without a CR', () => {
    const splitter = new FrameSplitter();
    expect(splitter.push(Buffer.alloc(MAX_FRAME_BYTES + 1, 0x41))).toBe('overflow');
  });

  it('splits off the trailer and checks the sum', () => {
    expect(unframe(ascii('941AY0AZFDFD'))).toEqual({ body: ascii('941'), sequence: 0, checksum: 'valid' });
    expect(unframe(ascii('941AY0AZFDFC')).checksum).toBe('invalid');
    expect(unframe(ascii('941'))).toEqual({ body: ascii('941'), sequence: null, checksum: 'absent' });
    expect(unframe(ascii('96AZFEF6'))).toEqual({ body: ascii('96'), sequence: null, checksum: 'valid' });
  });

  it('accepts a message with an LF inside whose sender summed it without the LF', () => {
    const framed = frameMessage(ascii('98YYYY|AFlong text|'), 4).toString('latin1').replace('\r', '');
    const wrapped = ascii(framed.replace('long', 'long\n'));
    expect(unframe(wrapped).checksum).toBe('valid');
  });

  it('keeps its own copy of a partial message: the caller may reuse its buffer after push', () => {
    const splitter = new FrameSplitter();
    const chunk = ascii('941AY0AZFDFD\r98YY');
    expect(splitter.push(chunk)).toEqual([ascii('941AY0AZFDFD')]);
    chunk.fill(0x58);
    expect(splitter.push(ascii('YY\r'))).toEqual([ascii('98YYYY')]);
  });

  it('builds the frame in one buffer with the same bytes as the concatenated form', () => {
    const body = Buffer.from('63000202612030    102030Y         AOTESTLIB|AA1000|AC|AE図書館|', 'utf8');
    for (const sequence of [0, 7, 9, null]) {
      const summed = Buffer.concat([body, ascii(sequence === null ? 'AZ' : `AY${sequence}AZ`)]);
      let sum = 0;
      for (const b of summed) sum += b;
      const check = ((0x10000 - (sum % 0x10000)) % 0x10000).toString(16).toUpperCase().padStart(4, '0');
      expect(frameMessage(body, sequence)).toEqual(Buffer.concat([summed, ascii(`${check}\r`)]));
    }
  });
});
