// Prints the detector comparison: npx tsx test/analytics/print-backtest.ts [SEEDS]
// (SEEDS: how many seeds, 1 … SEEDS; default the test's COMPARISON_SEEDS).
import { comparisonCases, comparisonTable, compareDetectors, COMPARISON_SEEDS } from './compare-detectors.js';

const n = Number(process.argv[2]);
const seeds = Number.isInteger(n) && n > 0 ? Array.from({ length: n }, (_, i) => i + 1) : COMPARISON_SEEDS;
console.log(`seeds ${seeds[0] ?? ''} … ${seeds.at(-1) ?? ''}`);
console.log(comparisonTable(compareDetectors(comparisonCases(seeds))));
