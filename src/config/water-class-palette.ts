/** Temporary: replaced by the palette of src/domain/water-quality once it lands. */
export const WATER_CLASS_COLOUR_LIST = ['#7FD3F7', '#00A1E4', '#24C768', '#E5CE10', '#FF7E00', '#FF0000']
export const NO_DATA_COLOUR = '#9e9e9e'
