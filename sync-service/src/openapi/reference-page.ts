// The API reference page: the OpenAPI document rendered as plain HTML on the server.
// Schemas are shown as JSON Schema in <details>, so the page needs no script and no CDN.
import { escapeHtml } from '../dashboard/layout';

// The OpenAPI document is walked as loose JSON here; its shape is checked by the OpenAPI tests.
/* eslint-disable @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-member-access */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const METHOD_ORDER = ['get', 'post', 'put', 'patch', 'delete'];

/** The description of the shared error body: shown once at the top, not under every operation. */
const ERROR_BODY = 'Ошибка';

const inline = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

function paragraphs(text: string): string {
  return text
    .split(/\n\n+/)
    .map((p) => `<p>${inline(p)}</p>`)
    .join('');
}

function typeOf(schema: Json): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return (schema.enum as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
  const variants = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (variants) return variants.map(typeOf).join(' | ');
  if (schema.type === 'array') return `список: ${schema.items ? typeOf(schema.items) : '…'}`;
  return schema.format ? `${schema.type} (${schema.format})` : String(schema.type ?? 'любое');
}

/** Rows `path · type · required · description` of an object schema, nested objects by dotted path. */
function fieldRows(schema: Json, prefix = '', depth = 0): string[] {
  const rows: string[] = [];
  const required = new Set((schema.required ?? []) as string[]);
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Json)) {
    const path = prefix + name;
    const p = property as Json;
    rows.push(
      `<tr><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(typeOf(p))}</td><td>${required.has(name) ? 'да' : 'нет'}</td><td>${inline(p.description ?? '')}</td></tr>`,
    );
    const inner = p.type === 'array' ? (p.items as Json | undefined) : p;
    if (inner?.properties && depth < 3)
      rows.push(...fieldRows(inner, `${path}${p.type === 'array' ? '[]' : ''}.`, depth + 1));
  }
  return rows;
}

function schemaBlock(title: string, schema: Json): string {
  const rows = fieldRows(schema);
  const table = rows.length
    ? `<table><thead><tr><th>Поле</th><th>Тип</th><th>Обязательно</th><th>Описание</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '';
  return `<details><summary>${escapeHtml(title)}</summary>${table}<pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`;
}

function renderOperation(method: string, path: string, op: Json): string {
  const params = (op.parameters ?? []) as Json[];
  const paramRows = params
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in === 'path' ? 'в пути' : 'в строке запроса'}</td><td>${p.required ? 'да' : 'нет'}</td><td>${escapeHtml(p.description ?? '')} <code>${escapeHtml(JSON.stringify(p.schema))}</code></td></tr>`,
    )
    .join('');
  const body = op.requestBody
    ? Object.entries(op.requestBody.content as Json)
        .map(([media, c]) => schemaBlock(`Тело запроса: ${media}`, (c as Json).schema))
        .join('')
    : '';
  const responses = Object.entries(op.responses as Json)
    .map(([status, r]) => {
      const content = Object.entries((r as Json).content ?? {})
        .map(([media, c]) =>
          (c as Json).schema.description === ERROR_BODY ? '' : schemaBlock(media, (c as Json).schema),
        )
        .join('');
      return `<li><strong class="status s${status[0]}">${escapeHtml(status)}</strong> ${inline((r as Json).description)}${content}</li>`;
    })
    .join('');
  return `<section class="op" id="${escapeHtml(op.operationId)}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p class="summary">${escapeHtml(op.summary)}</p>
${paragraphs(op.description ?? '')}
${paramRows ? `<table><thead><tr><th>Параметр</th><th>Где</th><th>Обязателен</th><th>Описание и схема</th></tr></thead><tbody>${paramRows}</tbody></table>` : ''}
${body}
<h4>Ответы</h4><ul class="responses">${responses}</ul>
</section>`;
}

/** The error body schema, from any operation that describes one. */
function errorSchema(doc: Json): Json | undefined {
  for (const item of Object.values(doc.paths as Json)) {
    for (const op of Object.values(item as Json)) {
      for (const r of Object.values(((op as Json).responses ?? {}) as Json)) {
        const schema = (r as Json).content?.['application/json']?.schema as Json | undefined;
        if (schema?.description === ERROR_BODY) return schema;
      }
    }
  }
  return undefined;
}

export function renderApiReference(doc: Json, urls: { openApiUrl: string; cssUrl: string }): string {
  const error = errorSchema(doc);
  const byTag = new Map<string, string[]>();
  const toc = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    for (const method of METHOD_ORDER) {
      const op = (item as Json)[method] as Json | undefined;
      if (!op) continue;
      const tag = (op.tags?.[0] as string) ?? 'Прочее';
      (byTag.get(tag) ?? byTag.set(tag, []).get(tag)!).push(renderOperation(method, path, op));
      (toc.get(tag) ?? toc.set(tag, []).get(tag)!).push(
        `<li><a href="#${escapeHtml(op.operationId)}"><span class="method ${method}">${method.toUpperCase()}</span> ${escapeHtml(path)}</a></li>`,
      );
    }
  }
  const tags = (doc.tags as Json[]).map((t) => t.name as string).filter((t) => byTag.has(t));
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(doc.info.title)}</title>
<link rel="stylesheet" href="${escapeHtml(urls.cssUrl)}">
</head>
<body>
<nav><h2>Разделы</h2>${tags.map((t) => `<h3>${escapeHtml(t)}</h3><ul>${toc.get(t)!.join('')}</ul>`).join('')}</nav>
<main>
<h1>${escapeHtml(doc.info.title)}</h1>
${paragraphs(doc.info.description)}
<p>Машиночитаемое описание (OpenAPI 3.1): <a href="${escapeHtml(urls.openApiUrl)}"><code>${escapeHtml(urls.openApiUrl)}</code></a>.
Токен передаётся заголовком <code>Authorization: Bearer &lt;токен&gt;</code>.</p>
${error ? `<p>Ответы с кодом 4xx и 5xx — тело ошибки одного вида:</p>${schemaBlock('Тело ошибки: application/json', error)}` : ''}
${tags.map((t) => `<h2>${escapeHtml(t)}</h2>${byTag.get(t)!.join('\n')}`).join('\n')}
</main>
</body>
</html>
`;
}

export const API_DOCS_CSS = `
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2433; background: #fff; display: flex; }
nav { position: sticky; top: 0; align-self: flex-start; width: 300px; max-height: 100vh; overflow: auto; padding: 16px; background: #f4f6fa; box-sizing: border-box; font-size: 13px; }
nav ul { list-style: none; padding: 0; margin: 0 0 12px; }
nav a { color: inherit; text-decoration: none; display: block; padding: 2px 0; word-break: break-all; }
main { flex: 1; min-width: 0; max-width: 1000px; padding: 16px 32px 64px; }
.op { border-top: 1px solid #dde2ec; padding: 8px 0 16px; }
.method { display: inline-block; min-width: 52px; padding: 0 6px; border-radius: 4px; color: #fff; font: 600 12px/20px ui-monospace, monospace; text-align: center; }
.method.get { background: #2f6fd6; } .method.post { background: #1f8a4c; } .method.put, .method.patch { background: #b26a00; } .method.delete { background: #c0392b; }
.summary { font-weight: 600; }
pre { background: #f4f6fa; padding: 8px; overflow: auto; font-size: 12px; }
table { border-collapse: collapse; margin: 8px 0; } td, th { border: 1px solid #dde2ec; padding: 4px 8px; text-align: left; vertical-align: top; }
.status { font-family: ui-monospace, monospace; } .status.s2 { color: #1f8a4c; } .status.s4, .status.s5 { color: #c0392b; }
.responses { padding-left: 18px; }
@media (max-width: 800px) { body { display: block; } nav { position: static; width: auto; max-height: none; } main { padding: 12px; } }
`;
