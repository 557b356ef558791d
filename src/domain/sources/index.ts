// Public API of the pollution-source family's rules (issue 16 §3): station classes, alarms, possible sources.
export { STATION_ITEMS, CLASSED_STATION_ITEMS, periodMeans, stationClassOfPeriod, readingsOf, type StationItem, type StationReading } from './station-class.ts'
export { monthSpan, overlaps, alarmsInPeriod, alarmCountsBySource, latestAlarms, exceedanceRatio, type AlarmEvent } from './alarms.ts'
export { possibleSources, positionAlong, type PossibleSources, type NearbyOutlet, type OutletSite, type RiverLine, type LineEnd } from './possible-sources.ts'
export { INDUSTRIES, MONITORING_STATUSES, ALARM_INDICATORS, STATION_EXTRA_ITEMS, wordOf } from './vocabulary.ts'
export { stationClassAt, dustMeanAt, dustBandAt, alarmCountAt, PM10_BAND_LIMITS, type DustBand, type SourcePeriod } from './time-state.ts'
