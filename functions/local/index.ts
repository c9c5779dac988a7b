/**
 * @module
 * Running the service on this machine: the whole local server (for `npm
 * start`, browser tests and benchmarks) and the in-process dynalite it uses.
 */
export { startLocalServer, LOCAL_TABLE_NAME, type LocalServer, type LocalServerOptions, type LocalServices } from './start';
export { startDynalite, type LocalDynamo } from './dynalite';
