import type { RegisterRow } from "./columns";

/** A rejected row as importRegister reports it. */
export interface Rejection {
  row: number;
  field: string | null;
  value: string | null;
  code: string;
  message: string;
}

/** What importRegister answers for one batch. */
export interface BatchReport {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  programmesCreated: number;
  /** The keys of the programmes this batch created (see RegisterImportReport). */
  programmeKeysCreated: string[];
  rejections: Rejection[];
  /** Notes on rows that were taken, the shape of a rejection (code UNKNOWN_ACTIVITY). */
  warnings: Rejection[];
}

const IMPORT_REGISTER = `mutation Import($rows: [RegisterRowInput!]!, $dryRun: Boolean!) {
  importRegister(rows: $rows, dryRun: $dryRun) {
    created updated unchanged rejected programmesCreated programmeKeysCreated
    rejections { row field value code message }
    warnings { row field value code message }
  }
}`;

/** A batch the API refused as a whole (bad credential, a subgraph down): the import stops. */
export class BatchError extends Error {}

/** Sends one batch to the gateway's importRegister with the centre's credential. */
export async function sendBatch(
  gateway: string,
  authorization: string,
  rows: RegisterRow[],
  dryRun: boolean,
): Promise<BatchReport> {
  const response = await fetch(gateway, {
    method: "POST",
    headers: { "content-type": "application/json", authorization },
    body: JSON.stringify({ query: IMPORT_REGISTER, variables: { rows, dryRun } }),
  });
  const text = await response.text();
  let body: { data?: { importRegister: BatchReport } | null; errors?: Rejection[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new BatchError(`HTTP ${response.status} from ${gateway}: ${text.slice(0, 200)}`);
  }
  const error = body.errors?.[0] as { message: string; extensions?: { code?: string } } | undefined;
  if (error) throw new BatchError(`${error.extensions?.code ?? "ERROR"}: ${error.message}`);
  if (!body.data?.importRegister) throw new BatchError(`HTTP ${response.status}: no answer`);
  return body.data.importRegister;
}
