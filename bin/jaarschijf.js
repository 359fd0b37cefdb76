#!/usr/bin/env node
// The shipped command runs the compiled CLI (npm's `prepare` builds dist/).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
