/** The engine finder on each platform's usual places, with made-up file systems. */
import { ENGINES, findEngine, type EngineId, type Platform } from "../../testkit/engineFinder";

interface Case {
  name: string;
  engine: EngineId;
  platform: Platform;
  env: Record<string, string>;
  files: string[];
  expected: string | null;
  via?: string;
}

const WIN_ENV = {
  ProgramFiles: "C:\\Program Files",
  "ProgramFiles(x86)": "C:\\Program Files (x86)",
  PATHEXT: ".COM;.EXE",
};

const CASES: Case[] = [
  {
    name: "Debian chromium",
    engine: "chromium",
    platform: "linux",
    env: { PATH: "/usr/local/bin:/usr/bin" },
    files: ["/usr/bin/chromium"],
    expected: "/usr/bin/chromium",
    via: "PATH",
  },
  {
    name: "Ubuntu chromium-browser",
    engine: "chromium",
    platform: "linux",
    env: { PATH: "/usr/bin" },
    files: ["/usr/bin/chromium-browser"],
    expected: "/usr/bin/chromium-browser",
    via: "PATH",
  },
  {
    name: "Google Chrome on Linux",
    engine: "chromium",
    platform: "linux",
    env: { PATH: "/usr/bin" },
    files: ["/usr/bin/google-chrome"],
    expected: "/usr/bin/google-chrome",
    via: "PATH",
  },
  {
    name: "snap chromium off PATH",
    engine: "chromium",
    platform: "linux",
    env: { PATH: "/usr/bin" },
    files: ["/snap/bin/chromium"],
    expected: "/snap/bin/chromium",
    via: "usual place",
  },
  {
    name: "Edge on Windows (x86 folder)",
    engine: "chromium",
    platform: "win32",
    env: { ...WIN_ENV, PATH: "C:\\Windows" },
    files: ["C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"],
    expected: "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
    via: "usual place",
  },
  {
    name: "Chrome on Windows",
    engine: "chromium",
    platform: "win32",
    env: { ...WIN_ENV, PATH: "C:\\Windows" },
    files: ["C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"],
    expected: "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    via: "usual place",
  },
  {
    name: "chrome.exe on a Windows PATH",
    engine: "chromium",
    platform: "win32",
    env: { ...WIN_ENV, PATH: "D:\\tools;C:\\Windows" },
    files: ["D:\\tools\\chrome.exe"],
    expected: "D:\\tools\\chrome.exe",
    via: "PATH",
  },
  {
    name: "Chrome on macOS",
    engine: "chromium",
    platform: "darwin",
    env: { PATH: "/usr/bin" },
    files: ["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],
    expected: "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    via: "usual place",
  },
  {
    name: "Edge on macOS",
    engine: "chromium",
    platform: "darwin",
    env: { PATH: "/usr/bin" },
    files: ["/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"],
    expected: "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    via: "usual place",
  },
  {
    name: "no browser anywhere",
    engine: "chromium",
    platform: "linux",
    env: { PATH: "/usr/bin" },
    files: [],
    expected: null,
  },
  {
    name: "LibreOffice on Debian PATH",
    engine: "soffice",
    platform: "linux",
    env: { PATH: "/usr/bin" },
    files: ["/usr/bin/soffice"],
    expected: "/usr/bin/soffice",
    via: "PATH",
  },
  {
    name: "LibreOffice tarball in /opt",
    engine: "soffice",
    platform: "linux",
    env: { PATH: "/usr/bin" },
    files: ["/opt/libreoffice/program/soffice"],
    expected: "/opt/libreoffice/program/soffice",
    via: "usual place",
  },
  {
    name: "LibreOffice under Program Files",
    engine: "soffice",
    platform: "win32",
    env: { ...WIN_ENV, PATH: "C:\\Windows" },
    files: ["C:\\Program Files\\LibreOffice\\program\\soffice.exe"],
    expected: "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
    via: "usual place",
  },
  {
    name: "LibreOffice on macOS",
    engine: "soffice",
    platform: "darwin",
    env: { PATH: "/usr/bin" },
    files: ["/Applications/LibreOffice.app/Contents/MacOS/soffice"],
    expected: "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    via: "usual place",
  },
  {
    name: "poppler from Homebrew on Apple silicon",
    engine: "pdftoppm",
    platform: "darwin",
    env: { PATH: "/usr/bin" },
    files: ["/opt/homebrew/bin/pdftoppm"],
    expected: "/opt/homebrew/bin/pdftoppm",
    via: "usual place",
  },
  {
    name: "poppler on Debian",
    engine: "pdftoppm",
    platform: "linux",
    env: { PATH: "/bin:/usr/bin" },
    files: ["/usr/bin/pdftoppm"],
    expected: "/usr/bin/pdftoppm",
    via: "PATH",
  },
  {
    name: "the variable wins over PATH",
    engine: "soffice",
    platform: "linux",
    env: { PATH: "/usr/bin", IMPLAN_SOFFICE: "/home/me/lo/soffice" },
    files: ["/usr/bin/soffice", "/home/me/lo/soffice"],
    expected: "/home/me/lo/soffice",
    via: "variable",
  },
  {
    name: "a variable pointing at nothing hides the engine",
    engine: "chromium",
    platform: "linux",
    env: { PATH: "/usr/bin", IMPLAN_CHROMIUM: "/nowhere/chrome" },
    files: ["/usr/bin/chromium"],
    expected: null,
  },
];

test.each(CASES)("$name", ({ engine, platform, env, files, expected, via }) => {
  const result = findEngine(ENGINES[engine], { platform, env, exists: (f) => files.includes(f) });
  if (expected === null) {
    expect(result.found).toBe(false);
  } else {
    expect(result).toEqual({ found: true, path: expected, via });
  }
});

test("a Windows place whose variable is unset is not looked at", () => {
  const result = findEngine(ENGINES.soffice, { platform: "win32", env: { PATH: "" }, exists: () => false });
  expect(result).toEqual(expect.objectContaining({ found: false, looked: [] }));
});

test.each(["linux", "darwin", "win32"] as Platform[])("every engine has an install command on %s", (platform) => {
  for (const spec of Object.values(ENGINES))
    expect(spec.install[platform]).toMatch(/^(sudo apt-get|brew|winget) install/);
});
