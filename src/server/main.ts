// Starts the server from the environment: open the database, migrate, listen, stop cleanly on SIGTERM.
import { readFileSync } from 'node:fs';
import { buildServer } from './app';
import { ConfigError, loadConfig, type ServerConfig } from './config';
import { type Database, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrations';

function packageVersion(): string {
  const packageJson = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  );
  return String(packageJson.version);
}

function listenErrorMessage(error: unknown, config: ServerConfig): string | undefined {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'EADDRINUSE') {
    return `Port ${config.port} is already in use on ${config.host}. Stop the other program or set PORT to a free port.`;
  }
  if (code === 'EACCES') {
    return `Not allowed to listen on port ${config.port}. Use a port above 1023 or run behind a reverse proxy.`;
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return `HOST "${config.host}" is not an address of this machine.`;
  }
  return undefined;
}

function fail(message: string): never {
  process.stderr.write(`homeassess: ${message}\n`);
  process.exit(1);
}

async function start(): Promise<void> {
  let database: Database | undefined;
  let config: ServerConfig;
  try {
    config = loadConfig(process.env, process.cwd());
    database = await openDatabase(config.database);
    await migrateToLatest(database);
  } catch (error) {
    await database?.close().catch(() => undefined);
    if (error instanceof ConfigError) fail(error.message);
    fail(`could not prepare the database: ${error instanceof Error ? error.message : error}`);
  }
  const server = await buildServer({ config, database, version: packageVersion() });
  try {
    await server.listen({ host: config.host, port: config.port });
  } catch (error) {
    await database.close().catch(() => undefined);
    fail(listenErrorMessage(error, config) ?? `could not listen: ${String(error)}`);
  }
  const openDatabaseToClose = database;
  const stop = async (signal: string): Promise<void> => {
    server.log.info({ signal }, 'shutting down');
    await server.close();
    await openDatabaseToClose.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

await start();
