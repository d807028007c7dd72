/**
 * Agents resend the whole conversation on every call, so most messages of a check have been checked before. A
 * message's analysis depends only on its content, the class of its role and the decode budget left when it is
 * read, so it is kept here (bounded; least recently used out first) and replayed when the same content comes
 * again in the same role class with more budget left than it used. Decoding then takes exactly the same steps
 * it took the first time (every payload was decoded whole and the budget never ran out), so the verdict is the
 * one a fresh analysis gives; a property test compares the two. An analysis that exhausted the budget is not
 * kept, and short messages are cheaper to analyse than to look up.
 */
import type { DecodeBudget } from "./decode.js";

export interface CacheableAnalysis {
  /** Decode budget the analysis used. */
  used: DecodeBudget;
}

export interface AnalysisCacheLimits {
  /** Messages shorter than this are not kept. */
  minChars: number;
  /** Most characters of message content held, over all entries. */
  maxChars: number;
  maxEntries: number;
}

export const ANALYSIS_CACHE_LIMITS: Readonly<AnalysisCacheLimits> = { minChars: 256, maxChars: 2 * 1024 * 1024, maxEntries: 4096 };

export class AnalysisCache<T extends CacheableAnalysis> {
  /** Content → role class → analysis. A Map iterates in insertion order, so the first key is the least recently used. */
  private readonly entries = new Map<string, Map<string, T>>();
  private chars = 0;

  constructor(private readonly limits: AnalysisCacheLimits = ANALYSIS_CACHE_LIMITS) {}

  get size(): number {
    return this.entries.size;
  }

  /** The kept analysis of `content` in `roleClass`, when replaying it within `budget` gives the fresh result. */
  get(roleClass: string, content: string, budget: DecodeBudget): T | undefined {
    if (content.length < this.limits.minChars) return undefined;
    const byRole = this.entries.get(content);
    const analysis = byRole?.get(roleClass);
    if (byRole === undefined || analysis === undefined) return undefined;
    if (budget.bytes <= analysis.used.bytes || budget.payloads <= analysis.used.payloads) return undefined;
    this.entries.delete(content);
    this.entries.set(content, byRole);
    return analysis;
  }

  /** Keeps an analysis that left `after` of the budget (one that exhausted it is not kept). */
  set(roleClass: string, content: string, analysis: T, after: DecodeBudget): void {
    if (this.limits.maxEntries === 0 || content.length < this.limits.minChars || content.length > this.limits.maxChars || after.bytes <= 0 || after.payloads <= 0) return;
    let byRole = this.entries.get(content);
    if (byRole === undefined) {
      byRole = new Map();
      this.entries.set(content, byRole);
      this.chars += content.length;
    }
    byRole.set(roleClass, analysis);
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.chars <= this.limits.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= oldest.length;
    }
  }
}
