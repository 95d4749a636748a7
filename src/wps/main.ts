/**
 * The WPS jsaddon entry (main.js, loaded by index.html). Ribbon callbacks are plain synchronous
 * functions on window, as ribbon.xml names them.
 */
import "../hosts/wps/builtins";
import type { EtApplication, WpsAddonRoot } from "../hosts/wps/api";
import { etApplication } from "../hosts/wps/application";
import { createAddin } from "./addin";
import { AnnexRegistry } from "../core/schema/registry";

const app = etApplication(window) as EtApplication & WpsAddonRoot;
const addin = createAddin(app, window.location.href, (message) => window.confirm(message), new AnnexRegistry());

Object.assign(window, {
  OnAddinLoad: () => addin.OnAddinLoad(),
  OnAction: (control: { Id: string }) => addin.OnAction(control),
  GetImage: () => addin.GetImage(),
});
