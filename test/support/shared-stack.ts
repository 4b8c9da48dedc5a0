import { backends, type Backend } from "./backends";
import { startStack, type TestStack } from "./stack";

/**
 * One seeded stack per database, shared by the suites of test/shared-stack/ (run together, in
 * an order that keeps their writes apart, by test/shared-stack.test.ts). Each suite of its own would load the whole
 * module graph and start four subgraphs and a gateway again, about 1.2 s of CPU a suite.
 */
const stacks = new Map<string, Promise<TestStack>>();

/** The shared stack on `backend` (embedded SQLite unless another is named), started once. */
export function sharedStack(backend: Backend = backends[0][1]): Promise<TestStack> {
  let stack = stacks.get(backend.name);
  if (!stack) {
    stack = backend.createDatabase().then((databaseUrl) => startStack(databaseUrl));
    stacks.set(backend.name, stack);
  }
  return stack;
}

/** Closes every shared stack that started; a stack that failed to start has nothing to close. */
export async function closeSharedStacks(): Promise<void> {
  const started = await Promise.allSettled(stacks.values());
  stacks.clear();
  await Promise.all(
    started.map((result) => (result.status === "fulfilled" ? result.value.close() : undefined)),
  );
}
