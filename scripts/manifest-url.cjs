// The manifest's URLs point at the dev server; a production build points them at HUIBIAO_URL.
"use strict";
const DEV_URL = "https://localhost:3000/";

/** Rewrites every dev-server URL to `baseUrl`, and the AppDomain to its origin. */
function manifestFor(xml, baseUrl, { allowHttp = false } = {}) {
  const base = baseUrl.replace(/\/?$/, "/");
  if (!/^https:\/\//.test(base) && !(allowHttp && /^http:\/\//.test(base)))
    throw new Error(`HUIBIAO_URL must be an https:// address (Office loads add-ins over https only): ${baseUrl}`);
  const origin = new URL(base).origin;
  return xml
    .replaceAll(`<AppDomain>${DEV_URL.slice(0, -1)}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`)
    .replaceAll(DEV_URL, base);
}

module.exports = { DEV_URL, manifestFor };
