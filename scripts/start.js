// Builds the app when the build is missing or older than the sources, then serves it on
// PORT (3000) with ORIGIN defaulting to the local address, so plain-http form posts work.
import path from 'node:path';
import { buildIfStale } from './build.js';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);

const built = buildIfStale(root);

process.env.PORT ||= '3000';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
// A query import of 5,000 rows is a few megabytes, and its confirmation posts it back encoded.
process.env.BODY_SIZE_LIMIT ||= '10M';
console.log(`CSDM Workbench on ${process.env.ORIGIN}`);
await import(built);
