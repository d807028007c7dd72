/**
 * Combining findings into one 0-100 risk score. The strongest category counts fully; every further category
 * adds half its weight in a noisy-OR, so independent weak signals reinforce each other without one noisy
 * rule repeated many times inflating the score.
 */
import type { Finding, RiskLevel } from "./types.js";

const SECONDARY_WEIGHT = 0.5;

export function combineScores(findings: readonly Finding[]): number {
  const byCategory = new Map<string, number>();
  for (const f of findings) byCategory.set(f.category, Math.max(byCategory.get(f.category) ?? 0, f.score));
  const scores = [...byCategory.values()].sort((a, b) => b - a);
  let keep = 1;
  scores.forEach((s, i) => {
    keep *= 1 - (i === 0 ? 1 : SECONDARY_WEIGHT) * (Math.min(100, Math.max(0, s)) / 100);
  });
  return Math.round(100 * (1 - keep));
}

export function riskLevel(score: number): RiskLevel {
  if (score >= 85) return "critical";
  if (score >= 60) return "high";
  if (score >= 30) return "medium";
  return "low";
}
