// The verification QR keeps the standard's 4-module quiet zone (issue 13).
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE_MODULES, qrDataUrl } from '../../../src-main/identity/qr-image';

function svgOf(dataUrl: string): string {
  const prefix = 'data:image/svg+xml;base64,';
  expect(dataUrl.startsWith(prefix)).toBe(true);
  return Buffer.from(dataUrl.slice(prefix.length), 'base64').toString('utf8');
}

describe('verification QR image', () => {
  it('has a quiet zone of 4 modules on every side', async () => {
    const text = 'https://id.example.jp/device?user_code=WDJB-MJHT';
    const svg = svgOf(await qrDataUrl(text));
    const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size;
    const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
    expect(viewBox?.[1]).toBe(String(modules + 2 * 4));
    expect(viewBox?.[2]).toBe(viewBox?.[1]);
    expect(QR_QUIET_ZONE_MODULES).toBe(4);

    // The dark modules start 4 modules in and end 4 modules before the edge.
    const dark = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
    const rows = [...dark.matchAll(/M(\d+) (\d+(?:\.\d+)?)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    expect(Math.min(...rows.map((r) => r.x))).toBe(4);
    expect(Math.min(...rows.map((r) => r.y))).toBe(4.5);
    expect(Math.max(...rows.map((r) => r.y))).toBe(4 + modules - 0.5);
  });
});
