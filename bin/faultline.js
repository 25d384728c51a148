#!/usr/bin/env node
/* global process */
// Entry point installed as `faultline`. The TypeScript sources are compiled to
// dist/ by `npm run build`, which `npm ci` runs through the `prepare` script.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
