import { SPOILER_MODEL } from './model'

/** Spoiler probability from a feature vector (standardised, then logistic regression). */
export function spoilerLogit(features: number[]): number {
  const { mean, scale, weights, bias } = SPOILER_MODEL
  let z = bias
  for (let i = 0; i < features.length; i++) z += weights[i] * ((features[i] - mean[i]) / scale[i])
  return z
}

/** Logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

/** Probability above which a section is called a spoiler. */
export const SPOILER_THRESHOLD = SPOILER_MODEL.threshold
