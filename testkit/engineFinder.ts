/**
 * Where the outside engines some tests need usually live, on each platform.
 * Pure: the platform, the environment and the file system's `exists` are
 * arguments, so the finder is tested with made-up paths for every platform.
 */
import * as path from "path";

export type EngineId = "chromium" | "soffice" | "pdftoppm";
export type Platform = "linux" | "darwin" | "win32";

export interface EngineSpec {
  id: EngineId;
  /** What the user would call it. */
  label: string;
  /** The variable that names the executable; when set, nothing else is searched. */
  envVar: string;
  /** Command names looked up on PATH, in order. */
  commands: Record<Platform, string[]>;
  /** Usual install places, after PATH; `%VAR%` is read from the environment (Windows). */
  places: Record<Platform, string[]>;
  /** The one command that installs it. */
  install: Record<Platform, string>;
}

const WIN_EDGE = "Microsoft\\Edge\\Application\\msedge.exe";
const WIN_CHROME = "Google\\Chrome\\Application\\chrome.exe";
const WIN_SOFFICE = "LibreOffice\\program\\soffice.exe";

export const ENGINES: Record<EngineId, EngineSpec> = {
  chromium: {
    id: "chromium",
    label: "Chromium (or Chrome, Edge)",
    envVar: "IMPLAN_CHROMIUM",
    commands: {
      linux: ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge"],
      darwin: ["chromium", "google-chrome"],
      win32: ["chrome", "msedge"],
    },
    places: {
      linux: ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", "/opt/google/chrome/chrome"],
      darwin: [
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
      ],
      win32: [
        `%ProgramFiles(x86)%\\${WIN_EDGE}`,
        `%ProgramFiles%\\${WIN_EDGE}`,
        `%ProgramFiles%\\${WIN_CHROME}`,
        `%ProgramFiles(x86)%\\${WIN_CHROME}`,
        `%LOCALAPPDATA%\\${WIN_CHROME}`,
      ],
    },
    install: {
      linux: "sudo apt-get install -y chromium",
      darwin: "brew install --cask chromium",
      win32: "winget install Google.Chrome",
    },
  },
  soffice: {
    id: "soffice",
    label: "LibreOffice",
    envVar: "IMPLAN_SOFFICE",
    commands: { linux: ["soffice", "libreoffice"], darwin: ["soffice"], win32: ["soffice"] },
    places: {
      linux: ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"],
      darwin: ["/Applications/LibreOffice.app/Contents/MacOS/soffice"],
      win32: [`%ProgramFiles%\\${WIN_SOFFICE}`, `%ProgramFiles(x86)%\\${WIN_SOFFICE}`],
    },
    install: {
      linux: "sudo apt-get install -y libreoffice-calc",
      darwin: "brew install --cask libreoffice",
      win32: "winget install TheDocumentFoundation.LibreOffice",
    },
  },
  pdftoppm: {
    id: "pdftoppm",
    label: "pdftoppm (poppler)",
    envVar: "IMPLAN_PDFTOPPM",
    commands: { linux: ["pdftoppm"], darwin: ["pdftoppm"], win32: ["pdftoppm"] },
    places: {
      linux: ["/usr/bin/pdftoppm"],
      darwin: ["/opt/homebrew/bin/pdftoppm", "/usr/local/bin/pdftoppm"],
      win32: ["%ProgramFiles%\\poppler\\Library\\bin\\pdftoppm.exe"],
    },
    install: {
      linux: "sudo apt-get install -y poppler-utils",
      darwin: "brew install poppler",
      win32: "winget install oschwartz10612.Poppler",
    },
  },
};

/** What the finder may look at. */
export interface FinderWorld {
  platform: Platform;
  env: Record<string, string | undefined>;
  exists: (file: string) => boolean;
}

export type FindResult =
  | { found: true; path: string; via: "variable" | "PATH" | "usual place" }
  | { found: false; looked: string[]; reason: string };

/**
 * Find an engine: the variable first (and only, when set), then PATH, then the usual places.
 * @example findEngine(ENGINES.soffice, { platform: "linux", env: { PATH: "/usr/bin" }, exists })
 */
export function findEngine(spec: EngineSpec, world: FinderWorld): FindResult {
  const { platform, env, exists } = world;
  const named = env[spec.envVar];
  if (named) {
    return exists(named)
      ? { found: true, path: named, via: "variable" }
      : { found: false, looked: [named], reason: `${spec.envVar} is set to ${named}, which does not exist` };
  }
  const onPath = pathCandidates(spec.commands[platform], world);
  const hit = onPath.find(exists);
  if (hit) return { found: true, path: hit, via: "PATH" };
  const places = spec.places[platform].map((place) => expandWindowsVars(place, env)).filter((p) => p !== null);
  const placed = places.find(exists);
  if (placed) return { found: true, path: placed, via: "usual place" };
  return { found: false, looked: [...onPath, ...places], reason: "not found on PATH or in the usual places" };
}

function pathCandidates(commands: string[], { platform, env }: FinderWorld): string[] {
  const lib = platform === "win32" ? path.win32 : path.posix;
  const dirs = (env.PATH ?? env.Path ?? "").split(platform === "win32" ? ";" : ":").filter(Boolean);
  const suffixes = platform === "win32" ? (env.PATHEXT ?? ".EXE").split(";").map((s) => s.toLowerCase()) : [""];
  return dirs.flatMap((dir) => commands.flatMap((command) => suffixes.map((ext) => lib.join(dir, command + ext))));
}

/** `%ProgramFiles%\x` with the variable's value, or null when the variable is not set. */
function expandWindowsVars(place: string, env: Record<string, string | undefined>): string | null {
  let missing = false;
  const expanded = place.replace(/%([^%]+)%/g, (_, name: string) => {
    const value = env[name];
    if (!value) missing = true;
    return value ?? "";
  });
  return missing ? null : expanded;
}

/** This machine's platform, as the finder knows them (other Unixes are searched like Linux). */
export function currentPlatform(): Platform {
  return process.platform === "win32" || process.platform === "darwin" ? process.platform : "linux";
}
