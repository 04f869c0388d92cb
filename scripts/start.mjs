// `npm start`: make certificates, start the dev server on https://localhost:3000,
// then sideload into desktop Excel where office-addin-debugging is installed;
// elsewhere print the exact steps for Excel on the web.
import { spawn, spawnSync } from "child_process";
import { createRequire } from "module";

const require = createRequire(import.meta.url);
spawnSync(process.execPath, ["scripts/certs.mjs"], { stdio: "inherit" });

const server = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
  stdio: "inherit",
});

let debugging = null;
try {
  debugging = require.resolve("office-addin-debugging/cli.js");
} catch {
  debugging = null;
}

if (debugging && (process.platform === "win32" || process.platform === "darwin")) {
  spawn(process.execPath, [debugging, "start", "manifest.xml", "desktop", "--app", "excel"], { stdio: "inherit" });
} else {
  console.log(`
Dev server: https://localhost:3000/taskpane.html
Desktop Excel sideloading needs office-addin-debugging (Windows or Mac):
  npm install --no-save office-addin-debugging && npm start
Excel on the web:
  1. Open a workbook at https://www.office.com (Excel on the web).
  2. Home > Add-ins > More add-ins > My add-ins > Upload My Add-in.
  3. Browse to ${process.cwd()}/manifest.xml and choose Upload.
  4. Home > Implementation plan > Planner opens the pane; Consolidate runs in one click; type =PLAN. in a cell.
  (Your browser must trust ~/.office-addin-dev-certs/ca.crt for https://localhost:3000.)
`);
}

server.on("exit", (code) => process.exit(code ?? 0));
