// Makes the dev server's HTTPS certificates with office-addin-dev-certs,
// offline, into ~/.office-addin-dev-certs/. Trusting the CA needs admin rights
// (sudo on Linux); where that is missing we say so and carry on: the dev
// server still starts, and the browser must be told to trust the CA by hand.
import fs from "fs";
import os from "os";
import path from "path";
import devCerts from "office-addin-dev-certs";

const dir = path.join(os.homedir(), ".office-addin-dev-certs");
const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(dir, f));

if (files.every((f) => fs.existsSync(f))) {
  console.log(`Dev certificates already in ${dir}`);
} else {
  fs.mkdirSync(dir, { recursive: true });
  await devCerts.generateCertificates(files[0], files[1], files[2], 30);
  console.log(`Made dev certificates in ${dir}`);
}

try {
  await devCerts.ensureCertificatesAreInstalled(30);
  console.log("The development CA is trusted on this machine.");
} catch (error) {
  console.log(
    `Could not install the development CA (${error instanceof Error ? error.message : error}).\n` +
      `Installing it needs administrator rights (sudo). Trust ${files[0]} by hand in your browser or OS,\n` +
      "or Excel will refuse https://localhost:3000.",
  );
}
