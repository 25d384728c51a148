// Prints the detector comparison: npx tsx test/analytics/print-backtest.ts
import { comparisonTable, compareDetectors } from './compare-detectors.js';

console.log(comparisonTable(compareDetectors()));
