/** Public API of tours: the data model, navigation, authoring and stop ⇄ view links. */
export * from './types.ts'
export * from './navigation.ts'
export * from './authoring.ts'
export * from './view-link.ts'
export * from './swipe.ts'
export * from './framing.ts'
export * from './stop-problems.ts'
