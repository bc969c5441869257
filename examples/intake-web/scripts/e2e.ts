// End-to-end test: builds the page, checks the bundle, serves dist/ on 127.0.0.1 and drives
// Debian's Chromium with playwright-core, with the keyboard only.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type axeCore from "axe-core";
import { chromium, type Page } from "playwright-core";
import { preview } from "vite";
import { buildAndReport, exampleRoot, formatReport } from "./bundleReport.ts";

const results: { name: string; error?: unknown }[] = [];
async function check(name: string, run: () => Promise<void> | void): Promise<void> {
  try {
    await run();
    results.push({ name });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, error });
    console.log(`  ✗ ${name}\n    ${String(error).split("\n").join("\n    ")}`);
  }
}
function finish(skipped = 0): never {
  const failed = results.filter((r) => r.error !== undefined).length;
  const skips = skipped === 0 ? "" : `, ${skipped} skipped`;
  console.log(`intake-web: ${results.length - failed} passed, ${failed} failed${skips}`);
  process.exit(failed === 0 ? 0 : 1);
}

console.log("Building the page…");
const report = await buildAndReport();
console.log(formatReport(report).join("\n"));

await check("the page bundles no scheduling or evaluation code", () => {
  assert.deepEqual(report.bundled["scheduling"], []);
  assert.deepEqual(report.bundled["evaluation"], []);
});
await check("unused parts of the packages it uses are tree-shaken away", () => {
  const unused = [
    ["assessment", "fhir/toFhirQuestionnaire.ts"],
    ["assessment", "eligibility/determineCarerEligibility.ts"],
    ["assessment", "instruments/phq9.ts"],
    ["core", "privacy/pseudonymise.ts"],
    ["core", "carer/CarerSchema.ts"],
    ["directory", "export/toHsds.ts"],
    // fromHsds hands ORUK feeds to fromOpenReferralUk, so that importer is in the page; the
    // tabular (CSV) importer is not.
    ["directory", "import/fromHsdsTabular.ts"],
    ["directory", "quality/dedupeOffers.ts"],
  ] as const;
  for (const [pkg, file] of unused)
    assert.ok(report.leftOut[pkg]?.includes(file), `${pkg}: ${file}`);
  assert.deepEqual(report.unusedButBundled, []);
  assert.ok(
    report.pageJsGzip < report.fullPackagesGzip / 2,
    "page JS under half the full packages",
  );
});

const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  if (process.env["CI"] === "true") {
    await check("Chromium is installed", () => {
      assert.fail(`no Chromium at ${chromiumPath}: CI must install Debian's chromium package`);
    });
    finish();
  }
  console.log(
    `\n!!!!!!!!\n!!! SKIPPED the browser tests: no Chromium at ${chromiumPath}.\n!!! Install Debian's chromium package (scripts/ci/system-services.sh) or set CHROMIUM_PATH.\n!!!!!!!!\n`,
  );
  finish(1);
}

const server = await preview({
  root: exampleRoot,
  logLevel: "warn",
  preview: { host: "127.0.0.1", port: 4179, strictPort: false, open: false },
});
const origin = (server.resolvedUrls?.local[0] ?? "").replace(/\/$/, "");
const userDataDir = mkdtempSync(join(tmpdir(), "intake-web-chromium-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath,
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
  viewport: { width: 1280, height: 900 },
  locale: "en-GB",
  timezoneId: "Europe/London",
});
const requests: string[] = [];
const blocked: string[] = [];
await context.route("**/*", async (route) => {
  const url = route.request().url();
  requests.push(url);
  if (new URL(url).origin === origin) await route.continue();
  else {
    blocked.push(url);
    await route.abort();
  }
});
const page = context.pages()[0] ?? (await context.newPage());
const pageErrors: string[] = [];
page.on("pageerror", (error) => pageErrors.push(String(error)));
page.on("console", (message) => {
  if (message.type() === "error") pageErrors.push(message.text());
});
const artefacts = join(exampleRoot, "test-results");
mkdirSync(artefacts, { recursive: true });
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** Runs axe-core in the page (WCAG 2.2 A and AA, and best practice); returns its violations. */
async function accessibilityViolations(p: Page): Promise<string[]> {
  await p.evaluate(axeSource);
  return p.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: typeof axeCore };
    const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map(
      (v) =>
        `${v.impact ?? ""} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
  });
}

/** The focused element, as its id or, for a radio, its group name. */
function focused(p: Page): Promise<string> {
  return p.evaluate(() => {
    const el = document.activeElement;
    if (el instanceof HTMLInputElement && el.type === "radio") return el.name;
    if (el === null || el === document.body) return "body";
    return el.id === ""
      ? el.tagName.toLowerCase() + (el.className === "" ? "" : `.${el.className}`)
      : el.id;
  });
}

async function tab(): Promise<string> {
  await page.keyboard.press("Tab");
  return focused(page);
}

/** On a radio group with nothing chosen, chooses the choice at `index` with the arrow keys. */
async function choose(index: number): Promise<void> {
  if (index === 0) await page.keyboard.press("Space");
  for (let i = 0; i < index; i += 1) await page.keyboard.press("ArrowRight");
}

const text = (selector: string) => page.locator(selector).innerText();
const attribute = (selector: string, name: string) => page.locator(selector).getAttribute(name);

try {
  await page.goto(`${origin}/`);
  await page.waitForSelector("#howAreYou-field");
  const checklistNames = await page.$$eval("fieldset[id^=need-]", (sets) =>
    sets.map((s) => s.id.replace(/-field$/, "")),
  );

  await check("the form passes axe-core's WCAG 2.2 AA and best-practice rules", async () => {
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  await check("Tab reaches every question once, in reading order", async () => {
    const order: string[] = [];
    for (let name = await tab(); name !== "submit" && order.length < 40; name = await tab())
      order.push(name);
    assert.deepEqual(order, [
      "skip-link",
      "howAreYou",
      "phq4_1",
      "phq4_2",
      "phq4_3",
      "phq4_4",
      ...checklistNames,
      "age",
      "postcode",
    ]);
  });

  await check("an incomplete or invalid answer is explained next to its field", async () => {
    await page.reload();
    await page.waitForSelector("#howAreYou-field");
    assert.equal(await tab(), "skip-link");
    assert.equal(await tab(), "howAreYou");
    await choose(1);
    assert.equal(await tab(), "phq4_1");
    await choose(2);
    assert.equal(await tab(), "phq4_2"); // left unanswered
    for (const name of ["phq4_3", "phq4_4", ...checklistNames]) assert.equal(await tab(), name);
    assert.equal(await tab(), "age");
    await page.keyboard.type("two hundred");
    assert.equal(await tab(), "postcode");
    await page.keyboard.type("LS2 7AA");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#error-summary:not([hidden])");
    assert.equal(await focused(page), "error-summary");
    const summary = await text("#error-summary");
    assert.match(summary, /There is a problem/);
    for (const field of ["phq4_2", "phq4_3", "phq4_4"]) {
      assert.match(await text(`#${field}-error`), /Choose how often you have been bothered by “/);
      assert.match(
        (await attribute(`#${field}-field`, "aria-describedby")) ?? "",
        new RegExp(`${field}-error`),
      );
      assert.equal(await attribute(`#${field}-0`, "aria-invalid"), "true");
    }
    assert.equal(await page.locator("#phq4_1-error").isHidden(), true);
    assert.match(await text("#age-error"), /Enter your age in whole years/);
    assert.match((await attribute("#age", "aria-describedby")) ?? "", /age-hint age-error/);
    assert.match(await text("#postcode-error"), /only knows postcodes in Norwich/);
    assert.equal(await attribute("#postcode", "aria-invalid"), "true");
    assert.equal(await page.locator("#results").isHidden(), true);
    await page.screenshot({ path: join(artefacts, "intake-errors.png"), fullPage: true });
    // The summary's links take the keyboard to the field.
    assert.equal(await tab(), "a");
    await page.keyboard.press("Enter");
    assert.equal(await focused(page), "phq4_2");
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  await check("a carer fills in the form with the keyboard only and submits it", async () => {
    await page.reload();
    await page.waitForSelector("#howAreYou-field");
    await tab(); // skip link
    await tab();
    await choose(1); // finding it hard
    for (const [i, answer] of [2, 1, 2, 1].entries()) {
      assert.equal(await tab(), `phq4_${i + 1}`);
      await choose(answer);
    }
    const wanted: Record<string, number> = {
      "need-breaks_from_caring": 2,
      "need-feelings_and_worries": 1,
      "need-money_and_benefits": 2,
      "need-peer_support": 1,
      "need-legal_matters": 0,
    };
    for (const name of checklistNames) {
      assert.equal(await tab(), name);
      const level = wanted[name];
      if (level !== undefined) await choose(level);
    }
    assert.equal(await tab(), "age");
    await page.keyboard.type("52");
    assert.equal(await tab(), "postcode");
    await page.keyboard.type("nr2 4aa");
    assert.equal(await tab(), "submit");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#results:not([hidden])");
    assert.equal(await focused(page), "results-title");
  });

  await check("the keyboard focus is always visible", async () => {
    // From the postcode box forward to the button, then back to the postcode, the age and a choice.
    await page.locator("#postcode").focus();
    const styles: Record<string, string> = {};
    for (const key of ["Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
      await page.keyboard.press(key);
      const [name, style] = await page.evaluate(() => {
        const el = document.activeElement;
        if (!(el instanceof HTMLElement)) return ["none", "none"];
        const label =
          el instanceof HTMLInputElement && el.type === "radio" ? el.labels?.[0] : undefined;
        return [el.id, getComputedStyle(label ?? el).outlineStyle];
      });
      styles[name] = style;
    }
    assert.deepEqual(Object.keys(styles).sort(), [
      "age",
      "need-peer_support-some",
      "postcode",
      "submit",
    ]);
    for (const [name, style] of Object.entries(styles)) assert.notEqual(style, "none", name);
  });

  await check("the results say what the answers mean", async () => {
    assert.equal(await text("#status"), "Your results are below the form.");
    const results = await text("#results");
    assert.match(results, /You told us you are finding things hard at the moment\./);
    assert.match(results, /quite a lot of anxiety or low mood/);
    assert.match(results, /worth talking to your GP or a counsellor about anxiety/);
    assert.match(results, /not a diagnosis/);
    assert.match(results, /Samaritans/);
    const needs = await page.$$eval(".needs li", (items) => items.map((li) => li.textContent));
    assert.deepEqual(needs, [
      "Time for yourself and breaks from caring — a lot more support",
      "Money and benefits — a lot more support",
      "Feelings and worries — some more support",
      "Peer support — some more support",
    ]);
    assert.match(results, /You skipped 12 areas/);
  });

  await check("matched services are shown with the reasons they fit", async () => {
    const services = await page.$$eval(".service", (cards) =>
      cards.map((card) => ({
        name: card.querySelector("h4")?.textContent ?? "",
        reasons: [...card.querySelectorAll(".reasons li")].map((li) => li.textContent),
      })),
    );
    const byName = new Map(services.map((s) => [s.name, s.reasons]));
    assert.ok(services.length >= 4, `${services.length} services`);
    for (const s of services) assert.match(s.reasons[0] ?? "", /^Matches: /, s.name);
    // Breaks from caring is the carer's first priority, so a service for it comes first.
    assert.match(services[0]?.reasons[0] ?? "", /^Matches: .*breaks from caring/);
    assert.match(
      byName.get("Carers' Sitting Service")?.join(" · ") ?? "",
      /breaks from caring.*visits you at home/,
    );
    assert.match(
      byName.get("Carers' Benefits Clinic")?.join(" · ") ?? "",
      /money and benefits.*km/,
    );
    assert.match(
      byName.get("Talking Space counselling for carers")?.join(" · ") ?? "",
      /feelings and worries/,
    );
    assert.ok(
      !byName.has("Young Carers Club"),
      "a club for ages 8–17 is not offered to a 52-year-old",
    );
    assert.ok(!byName.has("Seafront respite café"), "30 km away is too far");
    assert.match(
      await text(".near-misses"),
      /Young Carers Club: not shown because for carers of ages 8–17/,
    );
  });

  await check("the results pass axe-core's WCAG 2.2 AA and best-practice rules", async () => {
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  await page.screenshot({ path: join(artefacts, "intake-desktop.png"), fullPage: true });
  await page.locator("#results").screenshot({ path: join(artefacts, "intake-results.png") });
  await page.setViewportSize({ width: 375, height: 812 });
  await check("the page is readable at 375 px: nothing wider than the screen", async () => {
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    assert.ok(widths.page <= widths.viewport, `${widths.page} px wide at ${widths.viewport} px`);
    await page.screenshot({ path: join(artefacts, "intake-375px.png"), fullPage: true });
    await page
      .locator("#results")
      .screenshot({ path: join(artefacts, "intake-375px-results.png") });
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(artefacts, "intake-375px-top.png") });
  });

  await check("nothing was sent anywhere: only the page's own files were requested", () => {
    assert.deepEqual(blocked, []);
    const paths = requests.map((url) => new URL(url).pathname);
    for (const path of paths)
      assert.match(path, /^\/(assets\/[\w.-]+\.(js|css)|favicon\.svg)?$/, path);
  });
  await check("the page logged no errors", () => {
    assert.deepEqual(pageErrors, []);
  });
  await check("the page's security policy stops any attempt to send data", async () => {
    const attempt = await page.evaluate(async () => {
      try {
        await fetch("https://example.org/collect", { method: "POST", body: "answers" });
        return "sent";
      } catch {
        return "refused";
      }
    });
    assert.equal(attempt, "refused");
    assert.deepEqual(blocked, [], "refused by the browser itself, before the test's network guard");
  });
} finally {
  await context.close();
  await new Promise<void>((resolve) =>
    server.httpServer.close(() => {
      resolve();
    }),
  );
  rmSync(userDataDir, { recursive: true, force: true });
}
console.log(`Screenshots in ${artefacts}`);
finish();
