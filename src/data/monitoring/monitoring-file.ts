/** The app's monitoring table, relative to the app's base URL. */
export const MONITORING_FILE = 'geodata/water/monthly.csv'
