import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { startGateway, type RunningGateway } from "../../gateway/server";
import { startStack, type TestStack } from "../support/stack";
import { bearer, testAuth } from "../support/subgraph";
import { ARTIFACTS, buildDashboard, CHROMIUM, hasChromium, launchBrowser } from "./browser";

/**
 * The offline GraphQL explorer (GraphiQL, bundled) in a real browser against the real stack,
 * with every request to a host other than 127.0.0.1 aborted, as on a machine without the
 * internet: the page loads, its documentation reads the schema, the example operations are its
 * tabs, a credential typed into the header editor is sent, and a query answers with seeded data.
 */
jest.setTimeout(180_000);

if (!hasChromium) {
  console.warn(`Skipping the explorer's browser test: ${CHROMIUM} is absent.`);
}
const describeWithBrowser = hasChromium ? describe : describe.skip;

describeWithBrowser("the explorer in Chromium, offline", () => {
  let stack: TestStack;
  let gateway: RunningGateway;
  let dist: string;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  /** Every URL the page asked for whose host is not the loopback address (all aborted). */
  const leftTheMachine: string[] = [];
  /** The Authorization header of each POST /graphql, in order. */
  const credentialsSent: (string | undefined)[] = [];
  /** The console's Content-Security-Policy complaints: the policy must allow what GraphiQL does. */
  const refusedByPolicy: string[] = [];

  beforeAll(async () => {
    [stack, dist] = await Promise.all([
      startStack(),
      buildDashboard("dashboard/explorer/vite.config.mts"),
    ]);
    gateway = await startGateway(
      {
        supergraphSdl: stack.supergraphSdl,
        subgraphs: stack.entries,
        auth: testAuth,
        explorerDir: dist,
      },
      0,
      "127.0.0.1",
    );
    browser = await launchBrowser();
    await browser.context.route("**/*", async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      if (url.hostname !== "127.0.0.1") {
        leftTheMachine.push(request.url());
        await route.abort("internetdisconnected");
        return;
      }
      if (url.pathname === "/graphql" && request.method() === "POST")
        credentialsSent.push((await request.allHeaders()).authorization);
      await route.continue();
    });
    page = await browser.context.newPage();
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) refusedByPolicy.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
    await stack?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it("runs an example operation with the typed credential and shows the seeded answer", async () => {
    await page.goto(`http://127.0.0.1:${gateway.port}/explorer/`);

    // One tab per schema/operations/*.graphql, titled by its operation's name.
    const tabs = page.locator(".graphiql-tab");
    await tabs.filter({ hasText: "ProgrammeOutcomes" }).waitFor();
    expect(await tabs.allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringContaining("ProgrammeOutcomes"),
        expect.stringContaining("TyumenRegion"),
        expect.stringContaining("UralDistrictDashboard"),
      ]),
    );
    // The first tab's operation in the editor: GraphiQL has settled (a click earlier can be lost).
    const editor = page.locator(".graphiql-query-editor");
    await editor.filter({ hasText: "ProgrammeOutcomes" }).waitFor();
    const tyumen = editor.filter({ hasText: "TyumenRegion" });
    for (let attempt = 0; attempt < 10 && !(await tyumen.isVisible()); attempt++) {
      await tabs.filter({ hasText: "TyumenRegion" }).click();
      await tyumen.waitFor({ timeout: 1000 }).catch(() => undefined);
    }
    if (!(await tyumen.isVisible()))
      await page.screenshot({ path: join(ARTIFACTS, "explorer-tabs.png") });
    await tyumen.waitFor({ timeout: 1000 });

    // The credential, typed into the header editor over its commented-out example. The editor
    // closes brackets and quotes as they are typed and steps over them when they are typed again,
    // so typing the JSON key by key gives the JSON.
    const token = bearer("org-rc-tyumen").authorization;
    // The page opens with the header editor showing (defaultEditorToolsVisibility).
    await page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden)").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Backspace");
    await page.keyboard.type(JSON.stringify({ Authorization: token }));

    await page.locator(".graphiql-execute-button").click();
    const result = page.locator(".result-window");
    await result.filter({ hasText: "Тюменская область" }).waitFor();
    expect(await result.innerText()).toContain("Тюмень");
    expect(credentialsSent.at(-1)).toBe(token);

    // The documentation explorer, from introspection through the same /graphql.
    await page.getByRole("button", { name: /Show Documentation Explorer/i }).click();
    await page.locator(".graphiql-doc-explorer").getByText("Query", { exact: true }).waitFor();

    await page.screenshot({ path: join(ARTIFACTS, "explorer.png") });
    expect(leftTheMachine).toEqual([]);
    expect(refusedByPolicy).toEqual([]);
  });

  it("serves the page with its own strict policy: scripts only from its origin", async () => {
    const answer = await fetch(`http://127.0.0.1:${gateway.port}/explorer/`);
    const policy = answer.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(answer.headers.get("referrer-policy")).toBe("no-referrer");
    expect(await answer.text()).toContain("/explorer/assets/");
  });
});
