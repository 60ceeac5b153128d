// What the search and page benches share: a seeded random source for the generated catalogues,
// and the percentiles they report.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function zipf(words: string[], s: number, random: () => number): () => string {
  const cumulative: number[] = []
  let total = 0
  for (let i = 0; i < words.length; i++) cumulative.push((total += 1 / Math.pow(i + 1, s)))
  return () => {
    const x = random() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! < x) lo = mid + 1
      else hi = mid
    }
    return words[lo]!
  }
}

export function pick<T>(random: () => number, weighted: [T, number][]): T {
  let x = random() * weighted.reduce((sum, [, w]) => sum + w, 0)
  for (const [value, w] of weighted) if ((x -= w) <= 0) return value
  return weighted[0]![0]
}

export function pickOne<T>(random: () => number, list: T[]): T {
  return list[Math.floor(random() * list.length)]!
}

export function pct(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

export function ms(value: number): string {
  return value.toFixed(2).padStart(8)
}
