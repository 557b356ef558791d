/** Loading tours: validation of tour JSON with file-and-path messages, and export as JSON text. */
export { parseTour, parseTourText, serializeTour, TOUR_LIMITS, type ParsedTour, type ParseTourOptions } from './parse-tour.ts'
export { ID_PATTERN, PHOTO_PATTERN, STOP_LIMITS } from './parse-stop.ts'
export { plainText, fileProblem, MAX_MESSAGES, type TextFormat, type TourProblem, type TourProblemKind } from './json-checks.ts'
