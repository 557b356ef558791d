/** The class colours, as an ordered list for map expressions (palette defined in the water-quality domain). */
import { NO_DATA_COLOUR as DOMAIN_NO_DATA_COLOUR, WATER_CLASS_COLOURS, WATER_CLASSES } from '@/domain/water-quality/index.ts'

export const WATER_CLASS_COLOUR_LIST: readonly string[] = WATER_CLASSES.map((waterClass) => WATER_CLASS_COLOURS[waterClass])
export const NO_DATA_COLOUR = DOMAIN_NO_DATA_COLOUR
