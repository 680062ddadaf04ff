import { AsyncLocalStorage } from 'node:async_hooks';

const caller = new AsyncLocalStorage<string>();

/**
 * Runs `work` on behalf of a named caller: every query the store runs inside it, however deep
 * (a query layer between the server and the store), counts against that caller's share of the
 * query slots (`maxConcurrentQueriesPerCaller`) unless `QueryOptions.caller` names another.
 *
 * @example
 * app.post('/api/query', (c) => runAsCaller(identity.name, () => layer.executeQuery(body)));
 */
export function runAsCaller<T>(name: string, work: () => Promise<T>): Promise<T> {
  return caller.run(name, work);
}

/** The caller `runAsCaller` named for the current async context, if any. */
export function currentCaller(): string | undefined {
  return caller.getStore();
}
