// L2-regularised logistic regression, fitted by Newton's method on standardised inputs. Development
// tooling (train.ts, grouped cross-validation in eval.ts); the engine only reads the fitted weights.

/** Feature rows and 0/1 labels. */
export type Data = { x: number[][]; y: number[] }

/** A fitted model: standardisation, weights and the decision threshold on the probability. */
export type LogisticModel = {
  mean: number[]
  scale: number[]
  weights: number[]
  bias: number
  threshold: number
}

function standardize(x: number[][]): { mean: number[]; scale: number[] } {
  const d = x[0].length
  const mean = new Array<number>(d).fill(0)
  const scale = new Array<number>(d).fill(0)
  for (const row of x) row.forEach((v, j) => (mean[j] += v / x.length))
  for (const row of x) row.forEach((v, j) => (scale[j] += (v - mean[j]) ** 2 / x.length))
  return { mean, scale: scale.map((v) => Math.sqrt(v) || 1) }
}

// Solves a * x = b for a small symmetric positive definite a (Gaussian elimination).
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  const m = a.map((row, i) => [...row, b[i]])
  for (let c = 0; c < n; c++) {
    let p = c
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r
    ;[m[c], m[p]] = [m[p], m[c]]
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c]
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k]
    }
  }
  const x = new Array<number>(n).fill(0)
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n]
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k]
    x[r] = s / m[r][r]
  }
  return x
}

/** Fits weights and bias (the bias is not penalised); lambda is per-example L2 strength. */
export function fitLogistic(data: Data, lambda: number, threshold = 0.5): LogisticModel {
  const { mean, scale } = standardize(data.x)
  const z = data.x.map((row) => [1, ...row.map((v, j) => (v - mean[j]) / scale[j])])
  const d = z[0].length
  const n = z.length
  let w = new Array<number>(d).fill(0)
  for (let iter = 0; iter < 25; iter++) {
    const grad = w.map((v, j) => (j ? lambda * v : 0))
    const hess = Array.from({ length: d }, (_, i) =>
      Array.from({ length: d }, (_, j) => (i === j && i ? lambda : i === j ? 1e-6 : 0)),
    )
    for (let i = 0; i < n; i++) {
      const row = z[i]
      let s = 0
      for (let j = 0; j < d; j++) s += w[j] * row[j]
      const p = 1 / (1 + Math.exp(-s))
      const err = (p - data.y[i]) / n
      const h = (p * (1 - p)) / n
      for (let j = 0; j < d; j++) {
        grad[j] += err * row[j]
        const hr = h * row[j]
        for (let k = j; k < d; k++) hess[j][k] += hr * row[k]
      }
    }
    for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) hess[j][k] = hess[k][j]
    const step = solve(hess, grad)
    w = w.map((v, j) => v - step[j])
    if (Math.max(...step.map(Math.abs)) < 1e-6) break
  }
  return { mean, scale, weights: w.slice(1), bias: w[0], threshold }
}

/** Probability of the positive class for one feature row. */
export function predictLogistic(model: LogisticModel, row: number[]): number {
  let s = model.bias
  for (let j = 0; j < row.length; j++)
    s += model.weights[j] * ((row[j] - model.mean[j]) / model.scale[j])
  return 1 / (1 + Math.exp(-s))
}

/** F1 of thresholded predictions. */
export function f1At(data: Data, probs: number[], threshold: number): number {
  let tp = 0
  let fp = 0
  let fn = 0
  probs.forEach((p, i) => {
    const guess = p >= threshold
    if (guess && data.y[i]) tp++
    else if (guess) fp++
    else if (data.y[i]) fn++
  })
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0
}

const LAMBDAS = [0.003, 0.01, 0.03, 0.1]
const THRESHOLDS = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6]

/**
 * Picks lambda and threshold by grouped k-fold cross-validation inside `data` (folds never split a
 * group), then fits on all of it. Ties go to the stronger regularisation.
 */
export function selectAndFit(
  data: Data,
  groups: string[],
  folds = 4,
): LogisticModel & { lambda: number; cvF1: number } {
  const names = [...new Set(groups)].sort()
  const foldOf = new Map(names.map((g, i) => [g, i % folds]))
  let best = { lambda: LAMBDAS[0], threshold: 0.5, f1: -1 }
  for (const lambda of LAMBDAS) {
    const probs = new Array<number>(data.y.length).fill(0)
    for (let k = 0; k < folds; k++) {
      const inTrain = groups.map((g) => foldOf.get(g) !== k)
      const train: Data = { x: [], y: [] }
      data.x.forEach((row, i) => {
        if (inTrain[i]) {
          train.x.push(row)
          train.y.push(data.y[i])
        }
      })
      const model = fitLogistic(train, lambda)
      data.x.forEach((row, i) => {
        if (!inTrain[i]) probs[i] = predictLogistic(model, row)
      })
    }
    for (const threshold of THRESHOLDS) {
      const f1 = f1At(data, probs, threshold)
      if (f1 > best.f1 + 0.005 || (Math.abs(f1 - best.f1) <= 0.005 && lambda > best.lambda))
        best = { lambda, threshold, f1 }
    }
  }
  return {
    ...fitLogistic(data, best.lambda, best.threshold),
    lambda: best.lambda,
    cvF1: best.f1,
  }
}
