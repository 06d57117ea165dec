// A plain HTML page with the fixture server's rec() helper loaded first.
export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function page({ title, head = '', body, bodyAttrs = '' }) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<script src="/assets/app-core.js"></script>
${head}
</head>
<body${bodyAttrs ? ' ' + bodyAttrs : ''}>
${body}
</body>
</html>`;
}
