/*
 * Runs the project's ESLint config through the ESLint Node API in a plain Node process. Jest's
 * module sandbox cannot run ESLint itself: ESLint loads eslint.config.mjs with a dynamic
 * import(), which Jest allows only under --experimental-vm-modules.
 *
 * Reads JSON from stdin: { texts: [{ code, filePath }], files: [path...] }.
 * Writes JSON to stdout: { texts: [[message...]...], files: [{ filePath, level, messages }] },
 * where messages are the no-restricted-imports messages and level is that rule's severity.
 */
import { Buffer } from "node:buffer";
import { ESLint } from "eslint";

const RULE = "no-restricted-imports";
const boundaryMessages = (result) =>
  result.messages.filter((message) => message.ruleId === RULE).map((message) => message.message);

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const eslint = new ESLint({ cwd: process.cwd() });
const texts = [];
for (const { code, filePath } of request.texts) {
  const [result] = await eslint.lintText(code, { filePath });
  texts.push(boundaryMessages(result));
}
const files = [];
for (const result of request.files.length ? await eslint.lintFiles(request.files) : []) {
  const config = await eslint.calculateConfigForFile(result.filePath);
  const level = config.rules[RULE]?.[0] ?? 0;
  files.push({ filePath: result.filePath, level, messages: boundaryMessages(result) });
}
process.stdout.write(JSON.stringify({ texts, files }));
