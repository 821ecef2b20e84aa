// The manifest in the repository points at the development server; a build for deployment points it at ADDIN_URL.
const DEV_URL = "https://localhost:3000/";

/** Rewrites every development URL of a manifest to the deployment URL (which must be https). */
function rewriteManifestUrls(xml, addinUrl) {
  const base = addinUrl.replace(/\/?$/, "/");
  if (!base.startsWith("https://")) throw new Error(`ADDIN_URL must be an https URL, not ${addinUrl}`);
  return xml.split(DEV_URL).join(base);
}

module.exports = { DEV_URL, rewriteManifestUrls };
