// The QR code of the verification link, as an SVG data: URL the renderer shows as an <img>.
// ISO/IEC 18004 asks for a quiet zone of 4 modules on every side; phones at arm's length miss a
// code whose margin is narrower (issue 13: it was 2 modules plus a few pixels of CSS padding).
import QRCode from 'qrcode';

export const QR_QUIET_ZONE_MODULES = 4;

export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: QR_QUIET_ZONE_MODULES });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
