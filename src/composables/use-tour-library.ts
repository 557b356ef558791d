/**
 * The tours that ship with the app (geodata/tours/index.json lists them) and tour files a planner
 * imports: fetched or read, then validated by parseTour, whose messages name the file and the JSON
 * path of every problem. Results go into the tour store; nothing is thrown at the UI.
 */
import { ref } from 'vue'
import { fileProblem, parseTourText, serializeTour, type TourProblem } from '@/data/tour/index.ts'
import type { Tour } from '@/domain/tour/index.ts'
import { useTourStore } from '@/stores/tour.ts'
import { FileReadError, fetchText } from '@/data/fetch-file.ts'

export const TOUR_FOLDER = 'geodata/tours/'
export const TOUR_INDEX_FILE = `${TOUR_FOLDER}index.json`

export interface TourListing {
  id: string
  file: string
  title: string
  date: string
  sample?: boolean
}

/** A shipped tour or the index that cannot be used, as a problem the tour panel words in either language. */
export class TourLibraryError extends Error {
  constructor(readonly problem: TourProblem) {
    super(problem.message)
  }
}

/** Reads a file of the tour folder; a failure becomes an "unreadable" problem naming the file. */
async function fetchTourFile(file: string): Promise<string> {
  try {
    return await fetchText(file)
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error
    const fields = error.reason === 'missing' ? { kind: 'missing' as const } : { kind: 'unreadable' as const, value: error.detail }
    throw new TourLibraryError({ ...fileProblem(file, fields, ''), message: error.message })
  }
}

/** The problem to show for anything the tour library threw. */
export function tourLibraryProblem(error: unknown): TourProblem | string {
  if (error instanceof TourLibraryError) return error.problem
  return error instanceof Error ? error.message : String(error)
}

/** The shipped tours, from the index file. */
export async function fetchTourListings(): Promise<TourListing[]> {
  const text = await fetchTourFile(TOUR_INDEX_FILE)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const reason = (error as Error).message
    throw new TourLibraryError(fileProblem(TOUR_INDEX_FILE, { kind: 'invalid-json', value: reason }, `is not valid JSON (${reason})`))
  }
  const tours = (json as { tours?: unknown } | null)?.tours
  if (!Array.isArray(tours)) {
    const problem = fileProblem(TOUR_INDEX_FILE, { kind: 'list-missing' }, 'tours must be a list')
    throw new TourLibraryError({ ...problem, path: 'tours', message: `${TOUR_INDEX_FILE}: tours must be a list` })
  }
  return tours.filter((item): item is TourListing =>
    typeof item === 'object' && item !== null && typeof item.id === 'string' && typeof item.file === 'string')
}

/** Parses tour text into the store; false (with the problems in the store) when it is not a valid tour. */
export function openTourText(text: string, fileName: string, options: { draft?: boolean } = {}): boolean {
  const store = useTourStore()
  // No layerIds here: a stop naming a layer the app does not have still presents and says what is
  // missing (issue 12, "Bad input"; domain/tour/stop-problems.ts), instead of the whole tour failing.
  const parsed = parseTourText(text, fileName)
  if ('errors' in parsed) {
    store.fail(parsed.problems)
    return false
  }
  store.open(parsed.tour, { draft: options.draft ?? false, warnings: parsed.warnings })
  return true
}

/** Loads a tour by id: the local draft when it has that id, else the shipped file. */
export async function openTourById(tourId: string): Promise<boolean> {
  const store = useTourStore()
  if (store.isDraft && store.tour?.id === tourId) return true
  store.loading = true
  try {
    const listing = (await fetchTourListings()).find((candidate) => candidate.id === tourId)
    if (!listing) {
      store.fail([fileProblem(TOUR_INDEX_FILE, { kind: 'unknown-tour', value: tourId }, `no tour with id "${tourId}"`)])
      return false
    }
    const opened = openTourText(await fetchTourFile(TOUR_FOLDER + listing.file), listing.file)
    return opened
  } catch (error) {
    store.fail([tourLibraryProblem(error)])
    return false
  } finally {
    store.loading = false
  }
}

/** The list of shipped tours, loaded once per component that asks. */
export function useTourLibrary() {
  const listings = ref<TourListing[]>([])
  const listError = ref<TourProblem | string | null>(null)
  fetchTourListings().then(
    (found) => (listings.value = found),
    (error: unknown) => (listError.value = tourLibraryProblem(error)),
  )
  return { listings, listError }
}

/** The tour as a JSON file download (Blob URL, revoked after the click). */
export function tourFileUrl(tour: Tour): string {
  return URL.createObjectURL(new Blob([serializeTour(tour)], { type: 'application/json' }))
}
