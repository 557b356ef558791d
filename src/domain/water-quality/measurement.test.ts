import { describe, expect, it } from 'vitest'
import { formatMeasurement, parseMeasurement, valueForMean } from './measurement.ts'

describe('parseMeasurement', () => {
  it.each([
    ['0.215', { kind: 'value', value: 0.215 }],
    [' 12 ', { kind: 'value', value: 12 }],
    ['1,200', { kind: 'value', value: 1200 }],
    ['2.5E-4', { kind: 'value', value: 0.00025 }],
    ['０.３', { kind: 'value', value: 0.3 }],
    ['ND', { kind: 'below-detection', detectionLimit: null }],
    ['nd', { kind: 'below-detection', detectionLimit: null }],
    ['未检出', { kind: 'below-detection', detectionLimit: null }],
    ['ND(0.01)', { kind: 'below-detection', detectionLimit: 0.01 }],
    ['未检出（0.025）', { kind: 'below-detection', detectionLimit: 0.025 }],
    ['<0.01', { kind: 'below-detection', detectionLimit: 0.01 }],
    ['＜0.00004', { kind: 'below-detection', detectionLimit: 0.00004 }],
    ['0.004L', { kind: 'below-detection', detectionLimit: 0.004 }],
    ['<DL', { kind: 'below-detection', detectionLimit: null }],
    ['<0', { kind: 'invalid', text: '<0' }],
    ['停测', { kind: 'missing', reason: 'stopped' }],
    ['断流', { kind: 'missing', reason: 'stopped' }],
    ['', { kind: 'missing', reason: 'empty' }],
    ['-', { kind: 'missing', reason: 'empty' }],
    ['/', { kind: 'missing', reason: 'empty' }],
    ['abc', { kind: 'invalid', text: 'abc' }],
    ['0.2 mg/L', { kind: 'invalid', text: '0.2 mg/L' }],
    ['<', { kind: 'invalid', text: '<' }],
    ['1.2.3', { kind: 'invalid', text: '1.2.3' }],
  ])('%j → %o', (text, expected) => {
    expect(parseMeasurement(text)).toEqual(expected)
  })
})

describe('valueForMean', () => {
  it.each([
    ['0.3', 0.3],
    ['<0.01', 0.005],
    ['0.004L', 0.002],
    ['ND', 0],
    ['停测', null],
    ['', null],
    ['abc', null],
  ])('%j counts as %s in a mean', (text, expected) => {
    expect(valueForMean(parseMeasurement(text))).toBe(expected)
  })
})

describe('formatMeasurement round-trips', () => {
  it.each(['0.215', '<0.01', 'ND', '停测', ''])('%j', (text) => {
    expect(formatMeasurement(parseMeasurement(text))).toBe(text)
  })
})
