/** Public API of the view state: the explore view as data, and its permalink. */
export * from './types.ts'
export { encodeViewState, encodeCamera, normaliseBearing, viewStatePairs, VIEW_STATE_KEYS } from './encode.ts'
export { decodeViewState, type DecodedViewState } from './decode.ts'
