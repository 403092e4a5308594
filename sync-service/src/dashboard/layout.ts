// The HTML frame shared by the login page and the dashboard shell.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function demoBanner(demo: boolean): string {
  if (!demo) return '';
  return `<div class="demo-banner" role="note"><strong>Демонстрационные данные</strong>
<span>Организации, цифры и предприятия вымышлены: так выглядит регион, когда школы присылают отчёты.</span></div>`;
}

export function htmlPage(opts: {
  title: string;
  body: string;
  script?: string;
  bodyClass?: string;
  styles?: string[];
}): string {
  const script = opts.script ? `\n<script src="${opts.script}" defer></script>` : '';
  const styles = (opts.styles ?? []).map((href) => `\n<link rel="stylesheet" href="${href}">`).join('');
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${escapeHtml(opts.title)}</title>
<link rel="stylesheet" href="/assets/dashboard.css">${styles}${script}
</head>
<body class="${opts.bodyClass ?? ''}">
${opts.body}
</body>
</html>
`;
}
