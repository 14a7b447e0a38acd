// Local ESLint plugin for Cairn: `cairn/layers` enforces the import direction
// described in docs/ARCHITECTURE.md (Layers):
//   app → features → sync → (ui, state, db, i18n) → domain
// plus server (the Node sync server), which may import only domain.
// A layer is the first folder under src/. Relative specifiers are resolved
// against the importing file; package specifiers are only checked for Dexie.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_SRC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');

const DIRECTION = 'layers: app → features → sync → ui/state/db/i18n → domain (sync → state, db); server → domain';

/** Which layers each layer may import from (itself included). `app` may import anything. */
const ALLOWED = {
  domain: ['domain'],
  db: ['db', 'domain'],
  i18n: ['i18n', 'domain'],
  state: ['state', 'domain', 'i18n'],
  ui: ['ui', 'domain', 'i18n', 'state'],
  features: ['features', 'domain', 'db', 'state', 'ui', 'i18n', 'sync'],
  // Team sync: Yjs on one side, the db layer's hooks and remote writes on the other; session
  // state (the connection's status store, the undo history a remote change must not enter).
  sync: ['sync', 'db', 'domain', 'state'],
  // Runs in Node only, never bundled into the app.
  server: ['server', 'domain'],
};

const TEST_FILE = /\.test\.tsx?$/;

const PUBLIC_ENTRY = /^index(\.(ts|tsx|js|jsx))?$/;

function toPosix(p) {
  return p.split(path.sep).join('/');
}

/** Path segments of `absPath` below `srcDir`, or null when outside src/. */
function segmentsUnder(srcDir, absPath) {
  const rel = path.relative(srcDir, absPath);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return toPosix(rel).split('/');
}

const LAYERS = ['domain', 'db', 'state', 'features', 'ui', 'i18n', 'sync', 'app', 'server'];

/**
 * Layer name: the first folder under src/. A bare folder specifier such as
 * `../db` names that layer; other files directly in src/ (main.tsx) count as `app`.
 */
function layerOf(segments) {
  if (segments.length > 1 || LAYERS.includes(segments[0])) return segments[0];
  return 'app';
}

function isDexie(specifier) {
  return specifier === 'dexie' || specifier.startsWith('dexie/');
}

/** @type {import('eslint').Rule.RuleModule} */
const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the Cairn layer import direction under src/' },
    schema: [
      {
        type: 'object',
        properties: { srcDir: { type: 'string' } },
        additionalProperties: false,
      },
    ],
    messages: {
      layer: 'src/{{from}} must not import from src/{{to}} ({{direction}})',
      unknownLayer: 'src/{{from}} is not a known layer (domain, db, state, features, sync, ui, i18n, app, server)',
      featureInternals:
        "src/features/{{from}} must not import another feature's internals ({{target}}); import its public entry src/features/{{to}}/index.ts, or share through domain, db or ui",
      dexie:
        "'{{specifier}}' may only be imported in src/db; use the repositories from src/db ('dexie-react-hooks' is fine)",
    },
  },
  create(context) {
    const srcDir = path.resolve(context.options[0]?.srcDir ?? DEFAULT_SRC_DIR);
    const filename = context.physicalFilename ?? context.filename;
    const fromSegments = segmentsUnder(srcDir, path.resolve(filename));
    if (!fromSegments) return {};
    const fromLayer = fromSegments.length === 1 ? 'app' : fromSegments[0];

    function check(node, sourceNode) {
      if (!sourceNode || sourceNode.type !== 'Literal' || typeof sourceNode.value !== 'string') return;
      const specifier = sourceNode.value;

      if (isDexie(specifier)) {
        if (fromLayer !== 'db') context.report({ node, messageId: 'dexie', data: { specifier } });
        return;
      }
      if (!specifier.startsWith('./') && !specifier.startsWith('../') && specifier !== '.' && specifier !== '..') {
        return; // a package: allowed
      }
      if (fromLayer === 'app') return;

      const target = segmentsUnder(srcDir, path.resolve(path.dirname(filename), specifier));
      if (!target) return; // outside src/ (e.g. package.json): not a layer
      const toLayer = layerOf(target);

      // Tests of the browser's connection run against the real server's test harness.
      if (TEST_FILE.test(filename) && target[0] === 'server' && target[1] === 'testing') return;

      const allowed = ALLOWED[fromLayer];
      if (!allowed) {
        context.report({ node, messageId: 'unknownLayer', data: { from: fromLayer } });
        return;
      }
      if (!allowed.includes(toLayer)) {
        context.report({
          node,
          messageId: 'layer',
          data: { from: fromLayer, to: target.length === 1 ? target[0] : toLayer, direction: DIRECTION },
        });
        return;
      }
      if (fromLayer === 'features' && toLayer === 'features') {
        const ownFeature = fromSegments[1];
        const [, targetFeature, ...rest] = target;
        if (targetFeature === undefined || targetFeature === ownFeature) return;
        const isPublicEntry = rest.length === 0 || (rest.length === 1 && PUBLIC_ENTRY.test(rest[0]));
        if (!isPublicEntry) {
          context.report({
            node,
            messageId: 'featureInternals',
            data: { from: ownFeature, to: targetFeature, target: `src/${target.join('/')}` },
          });
        }
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      // `import('../db').Foo` in type positions
      TSImportType: (node) => {
        const arg = node.argument;
        if (arg?.type === 'TSLiteralType') check(node, arg.literal);
        else if (arg?.type === 'Literal') check(node, arg);
      },
    };
  },
};

const plugin = {
  meta: { name: 'eslint-plugin-cairn', version: '0.1.0' },
  rules: { layers: layersRule },
};

export default plugin;
