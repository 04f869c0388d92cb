// The import rules of ARCHITECTURE.md as data, and the ESLint rule that
// enforces them by resolving each import to the src/ layer it lands in.
const path = require("path");

const LAYERS = ["core", "contract", "sheets", "reader", "excel", "xlsx", "functions", "commands", "taskpane", "cli"];

/** Layers each folder may import (itself always allowed). */
const ALLOWED = {
  core: [],
  contract: ["core"],
  sheets: ["core", "contract"],
  reader: ["core", "contract", "sheets"],
  excel: ["core", "contract", "sheets"],
  xlsx: ["core", "contract", "sheets", "reader"],
  functions: ["core"],
  commands: ["core", "contract", "sheets", "excel"],
  taskpane: ["core", "contract", "sheets"],
  cli: ["core", "contract", "sheets", "xlsx", "reader"],
};

/** Folders that are pure: no packages, no Node built-ins. */
const PURE = ["core", "contract", "sheets"];

/** The task pane may reach src/excel only at its wiring root. */
const TASKPANE_WIRING = ["src/taskpane/index.tsx", "src/taskpane/excelGateway.ts"];

const SRC = path.resolve(__dirname, "..", "src");

/** The layer a file sits in, or null outside src/. */
function layerOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  const first = rel.split(path.sep)[0];
  return LAYERS.includes(first) ? first : null;
}

/**
 * Why `spec` imported from `file` breaks the rules, or null when it is allowed.
 * `lazy` is true for an `import()` expression: the pane may load the package
 * reader only that way, so it stays out of the first render's bundle.
 */
function violation(file, spec, lazy = false) {
  const from = layerOf(file);
  if (!from) return null;
  if (!spec.startsWith(".")) {
    return PURE.includes(from) ? `src/${from} is pure and imports no packages (found "${spec}").` : null;
  }
  const to = layerOf(path.resolve(path.dirname(file), spec));
  if (!to || to === from || ALLOWED[from].includes(to)) return null;
  const wiring = TASKPANE_WIRING.some((w) => path.resolve(SRC, "..", w) === path.resolve(file));
  if (from === "taskpane" && to === "excel" && wiring) return null;
  if (from === "taskpane" && to === "reader") {
    return lazy ? null : "src/taskpane loads src/reader only with import(), so the reader stays out of the pane's first render.";
  }
  return `src/${from} may not import src/${to} (ARCHITECTURE.md import rules; allowed: ${ALLOWED[from].join(", ") || "nothing outside itself"}).`;
}

const layerImportsRule = {
  meta: { type: "problem", docs: { description: "Enforce the layer import rules of ARCHITECTURE.md" }, schema: [] },
  create(context) {
    const check = (node) => {
      if (!node.source || typeof node.source.value !== "string") return;
      const message = violation(context.filename, node.source.value, node.type === "ImportExpression");
      if (message) context.report({ node: node.source, message });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

module.exports = {
  LAYERS,
  ALLOWED,
  PURE,
  TASKPANE_WIRING,
  violation,
  plugin: { rules: { "layer-imports": layerImportsRule } },
};
