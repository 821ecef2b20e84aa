// HTTPS options for the development server from office-addin-dev-certs. Trusting its CA needs administrator
// rights; where that fails (Linux without sudo) the certificate files are read directly and the user is told
// how to trust the CA by hand.
const fs = require("node:fs");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");

async function httpsOptions() {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    if (!fs.existsSync(defaults.localhostCertificatePath)) await devCerts.generateCertificates();
    console.warn(
      `INNO: could not install the development CA (${error.message.split("\n")[0]}).\n` +
        `  Serving with ${defaults.localhostCertificatePath}; trust ${defaults.caCertificatePath} in your browser or OS.`,
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

module.exports = { httpsOptions };
