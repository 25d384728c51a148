// Negative-binomial tail probabilities, for the confidence of a detection.

/**
 * P(Y ≥ s) for Y negative binomial with the given mean and size k (variance
 * mean + mean²/k); Poisson when k is Infinity. Summed in log space, exact
 * for the counts Faultline sees (the loop runs s times).
 */
export function negBinomialUpperTail(s: number, mean: number, size: number): number {
  if (s <= 0) return 1;
  if (mean <= 0) return 0;
  const poisson = !Number.isFinite(size) || size > 1e8;
  // log pmf(0)
  let logP = poisson ? -mean : size * Math.log(size / (size + mean));
  const logQ = poisson ? 0 : Math.log(mean / (size + mean));
  let logCdf = logP;
  for (let j = 0; j < s - 1; j++) {
    logP += poisson ? Math.log(mean / (j + 1)) : Math.log((j + size) / (j + 1)) + logQ;
    const hi = Math.max(logCdf, logP);
    logCdf = hi + Math.log(Math.exp(logCdf - hi) + Math.exp(logP - hi));
  }
  const cdf = Math.exp(logCdf);
  return Math.min(1, Math.max(0, 1 - cdf));
}
