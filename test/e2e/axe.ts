import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core's violations on the page as it is, one line each (rule: the nodes). Waits first for
 * animations to end: text half faded in (Fluent's collapse motion) would read as low contrast.
 * Fluent UI's focus manager (tabster) puts aria-hidden focus sentinels around some widgets
 * (<i data-tabster-dummy tabindex=0 aria-hidden>) that pass focus on at once, by design; axe's
 * aria-hidden-focus rule reports them. Those nodes alone are left out.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await animationsDone(page);
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { html: string }[] }[] };
    const result = await (window as unknown as { axe: { run(): Promise<Result> } }).axe.run();
    return result.violations
      .map((v) => ({ id: v.id, nodes: v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) }))
      .filter((v) => v.nodes.length)
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(" | ")}`);
  });
}

/** Waits until no animation runs (Fluent's accordions fade their panels in). */
export async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

/**
 * Clicks once nothing on the page moves: a panel opening above (Fluent's collapse motion) moves
 * what is below it, and Playwright's click, aimed where the element stood, then lands beside it.
 */
export async function clickStill(page: Page, target: Locator): Promise<void> {
  await animationsDone(page);
  await target.click();
}
