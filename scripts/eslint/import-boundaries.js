// ESLint rule `boundaries/imports`: which folder of the repository may import what.
//
// Options: { root, zones, exceptions }
//   root        absolute path of the repository; every path below is relative to it, with `/`.
//   zones       [{ from, only?: { paths, packages }, forbid?: [paths], message }]
//               A file under `from` may import only `only.paths` (folders) and `only.packages`
//               (npm names, `node:` built-ins included) when `only` is given, and never `forbid`.
//   exceptions  [[fromPrefix, toPrefix, why]]: known imports tolerated until they are moved.
// Relative specifiers are resolved against the importing file; anything else is a package.
import { dirname, relative, resolve, sep } from 'node:path';

const startsWith = (path, prefix) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Why `target` may not be imported from `file`, or null. `target` is { path } or { package }. */
export function boundaryProblem(options, file, target) {
  const { zones = [], exceptions = [] } = options;
  for (const zone of zones) {
    if (!startsWith(file, zone.from)) continue;
    let refused = false;
    if (zone.only) {
      refused = target.path
        ? !(zone.only.paths ?? []).some((p) => startsWith(target.path, p))
        : !(zone.only.packages ?? []).includes(target.package);
    }
    if (!refused && target.path) refused = (zone.forbid ?? []).some((p) => startsWith(target.path, p));
    if (!refused) continue;
    const tolerated =
      target.path && exceptions.some(([from, to]) => startsWith(file, from) && startsWith(target.path, to));
    if (!tolerated) return zone.message;
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps shared/, the adapters, the store and the benches inside their import boundaries' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: { refused: '{{file}} imports «{{specifier}}»: {{message}}' },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const root = options.root ?? context.cwd;
    const file = relative(root, context.filename).split(sep).join('/');
    if (file.startsWith('..')) return {};

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      const target =
        specifier.startsWith('.') || specifier.startsWith('/')
          ? {
              path: relative(root, resolve(dirname(context.filename), specifier))
                .split(sep)
                .join('/'),
            }
          : { package: specifier.startsWith('node:') ? 'node:' : packageName(specifier) };
      const message = boundaryProblem(options, file, target);
      if (message) context.report({ node, messageId: 'refused', data: { file, specifier, message } });
    }
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportType(node) {
        const literal = node.source ?? node.argument?.literal;
        if (literal?.type === 'Literal') check(literal, literal.value);
      },
      TSExternalModuleReference: (node) => node.expression.type === 'Literal' && check(node, node.expression.value),
      CallExpression(node) {
        const [arg] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && arg?.type === 'Literal') {
          check(arg, arg.value);
        }
      },
    };
  },
};

export default { rules: { imports: importBoundaries } };
