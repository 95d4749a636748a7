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

/**
 * Where the add-in loads office.js from. Our own copy by default (dist/office/, from
 * @microsoft/office-js: intranets cannot reach Microsoft's CDN); OFFICE_JS=cdn builds load
 * Microsoft's CDN copy instead, which Microsoft keeps current (notes, newer APIs).
 */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
function officeScript(mode) {
  if (mode === undefined || mode === "" || mode === "local") return "office/office.js";
  if (mode === "cdn") return OFFICE_CDN;
  throw new Error(`OFFICE_JS must be "local" or "cdn": ${mode}`);
}

module.exports = { DEV_URL, manifestFor, officeScript, OFFICE_CDN };
