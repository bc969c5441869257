// The documentation site: guides, one page per package (its README), the examples, the
// decisions and the typedoc API reference, with local search. Built offline by `pnpm docs`;
// VitePress fails the build on any dead internal link.
import { existsSync, readFileSync } from "node:fs";
import { defineConfig, type DefaultTheme } from "vitepress";

const REFERENCE_SIDEBAR = new URL("../reference/typedoc-sidebar.json", import.meta.url);
const reference: DefaultTheme.SidebarItem[] = existsSync(REFERENCE_SIDEBAR)
  ? (JSON.parse(readFileSync(REFERENCE_SIDEBAR, "utf8")) as DefaultTheme.SidebarItem[])
  : [];

const PACKAGES = ["core", "assessment", "scheduling", "directory", "evaluation", "evaluation-cli"];

export default defineConfig({
  title: "CarerKit",
  description: "Typed, tested, pure functions for apps that support unpaid carers.",
  lang: "en-GB",
  cleanUrls: true,
  // docs/api is typedoc's own HTML output (pnpm docs:api); this site has its own reference.
  srcExclude: ["api/**", "README.md"],
  rewrites: { "decisions/README.md": "decisions/index.md" },
  vite: { build: { chunkSizeWarningLimit: 2000 } },
  themeConfig: {
    nav: [
      { text: "Getting started", link: "/getting-started" },
      { text: "Packages", link: "/packages/core" },
      { text: "Examples", link: "/examples" },
      { text: "API reference", link: "/reference/" },
      { text: "Decisions", link: "/decisions/" },
    ],
    sidebar: {
      "/reference/": [{ text: "API reference", link: "/reference/", items: reference }],
      "/": [
        {
          text: "Start",
          items: [
            { text: "Getting started", link: "/getting-started" },
            { text: "Examples", link: "/examples" },
          ],
        },
        {
          text: "Packages",
          items: PACKAGES.map((name) => ({ text: `@carerkit/${name}`, link: `/packages/${name}` })),
        },
        {
          text: "Guides",
          items: [
            { text: "Instruments and scoring", link: "/instruments" },
            { text: "Recurrence and time zones", link: "/recurrence-and-time-zones" },
            { text: "Matching carers to services", link: "/matching" },
            { text: "Statistics for evaluation", link: "/statistics" },
          ],
        },
        { text: "Decisions", link: "/decisions/" },
      ],
    },
    search: { provider: "local" },
    outline: { level: [2, 3] },
    footer: { message: "MIT licence. Synthetic data only in examples." },
  },
});
