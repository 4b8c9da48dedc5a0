/** One request's outcome as the abuse run reports it. */
export interface Outcome {
  status: number | string;
  ms: number;
  /** The `extensions.code` of each error, joined; empty when there were none. */
  codes: string;
  body: any;
  text: string;
}

/** Posts a body (an object, sent as JSON, or raw text) and times the whole answer. */
export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    let parsed: any = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Reported as a body that is not JSON.
    }
    const codes = ((parsed?.errors ?? []) as { extensions?: { code?: string } }[])
      .map((error) => error.extensions?.code ?? "?")
      .filter((code, index, all) => all.indexOf(code) === index)
      .join(",");
    return { status: response.status, ms, codes, body: parsed, text };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return {
      status: `error ${cause}`,
      ms: performance.now() - started,
      codes: "",
      body: null,
      text: "",
    };
  }
}

export function query(
  url: string,
  document: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Outcome> {
  return post(url, { query: document, variables }, headers);
}
