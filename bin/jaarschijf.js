#!/usr/bin/env node
// The shipped command runs the bundled CLI (npm's `prepare` builds dist/; see build/bundleCli.js).
import { main } from '../dist/bundle/main.js';

// A reader that stops early (`| head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
