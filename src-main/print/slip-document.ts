// The page every slip is printed from. It is loaded into a hidden window (Electron) or a headless
// page (tests) from a data: URL, so it carries its own Content-Security-Policy: no script, no
// network, no frames — only its inline style. The body is laid out exactly as wide as the paper's
// printable area, so the height measured on screen is the height on paper.
import { contentWidthMm, type Paper } from './paper';
import { rubyAsReading } from '../../src-shared/ruby';
import { html, SafeHtml, withRuby } from './html';

/** The page's own policy: nothing runs, nothing loads; the one <style> element is allowed. */
export const SLIP_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const FONTS = "'Noto Sans CJK JP', 'Noto Sans JP', 'BIZ UDPGothic', 'Yu Gothic', 'Meiryo', 'Hiragino Sans', sans-serif";

function style(paper: Paper): string {
  const m = paper.marginsMm;
  const receipt = paper.heightMm === null;
  return `
@page { margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body {
  display: flow-root;
  width: ${contentWidthMm(paper)}mm;
  font-family: ${FONTS};
  font-size: ${receipt ? '9.5pt' : '10.5pt'};
  line-height: 1.45;
  overflow-wrap: anywhere;
  line-break: strict;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
h1 { font-size: ${receipt ? '12pt' : '15pt'}; margin: 0 0 1.5mm; }
h2 { font-size: ${receipt ? '10pt' : '12pt'}; margin: 2.5mm 0 1mm; }
p { margin: 0 0 1mm; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 2mm; }
dl { margin: 0; }
dt { font-weight: bold; margin-top: 1.5mm; }
dd { margin: 0; }
.org { font-weight: bold; margin-bottom: 1mm; }
.rule { border: 0; border-top: 0.3mm dashed #000; margin: 2.5mm 0; }
.big { font-size: ${receipt ? '15pt' : '22pt'}; font-weight: bold; letter-spacing: 0.06em; font-variant-numeric: tabular-nums; }
.note { font-size: ${receipt ? '8.5pt' : '9.5pt'}; }
.title { font-weight: bold; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
th, td { border: 0.5pt solid #000; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
tr { break-inside: avoid; }
td.mark { text-align: center; font-size: 13pt; }
`;
}

export interface SlipDocument {
  lang: string;
  title: string;
  paper: Paper;
  body: SafeHtml;
}

/**
 * The style sheet is ours (never outside text), so it goes in as markup. Easy Japanese's readings
 * become <ruby> in the body and the reading alone in the title (a <title> holds text only).
 */
export function slipDocument({ lang, title, paper, body }: SlipDocument): string {
  return html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SLIP_CSP}">
<title>${rubyAsReading(title)}</title>
<style>${new SafeHtml(style(paper))}</style>
</head>
<body>
${withRuby(body)}
</body>
</html>
`.markup;
}
