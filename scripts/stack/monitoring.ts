/**
 * The monitoring series in the stack's database (issue #17 §3): the `monitoring` table (geodata/water/
 * monthly.csv as loaded by ogr2ogr, one text column per indicator, so that "<0.05" and "停测" stay as
 * written), served with the section's point as the `monitoring` collection / feature type; and the
 * documented way for hourly data, an aggregate view of section × month means (docs/large-data.md §2).
 */
import { readFileSync } from 'node:fs'

/** The indicator columns of the table: the CSV header after section_id and month. */
export function monitoringColumns(csvFile: string): string[] {
  const header = readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  return header.split(',').slice(2).map((column) => column.trim()).filter((column) => column !== '')
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Routine indicators an automatic station measures hourly (the others are monthly grab samples). */
const HOURLY_INDICATORS = ['pH', 'DO', 'CODMn', 'NH3N', 'TP', 'TN']

/**
 * Run once the tables are loaded. `monitoring_sections`: each row with its section's point (a left join:
 * a row whose section is not in the register keeps no geometry, and the app reports it by row).
 * `monitoring_hourly` + `monitoring_monthly_means`: the shape of an automatic station's data and the view
 * that turns it into the app's monthly table — empty here, created so PostgreSQL checks the SQL each start.
 */
export const MONITORING_SQL = `
create view monitoring_sections as
  select m.*, s.geom from monitoring m left join sections s on s."id" = m."section_id";

create table monitoring_hourly (
  section_id text not null,
  sampled_at timestamptz not null,
  indicator text not null,
  -- null with detection_limit set: below the detection limit
  value double precision,
  detection_limit double precision,
  primary key (section_id, sampled_at, indicator)
);

create view monitoring_monthly_means as
  select row_number() over (order by section_id, month) as fid, section_id, month,
${HOURLY_INDICATORS.map((indicator) => indicator === 'pH'
    // pH: mean of the hydrogen-ion concentration, −log10(mean(10^−pH)), as the app averages pH (reference §2.6).
    ? `    round((-log(avg(power(10, -value)) filter (where indicator = 'pH')))::numeric, 2)::text as "pH"`
    // Below detection counts as half the limit in a mean, as the app counts it (src/domain/water-quality/measurement.ts).
    : `    round(avg(coalesce(value, detection_limit / 2)) filter (where indicator = '${indicator}')::numeric, 4)::text as ${quoted(indicator)}`).join(',\n')},
    count(*) as samples
  from (select *, to_char(sampled_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month from monitoring_hourly) as hourly
  group by section_id, month;
`

/** The MapServer LAYER of the monitoring collection: every column declared a string (the cells are text). */
export function monitoringLayerBlock(connection: string, columns: readonly string[]): string {
  const items = ['fid', 'section_id', 'month', ...columns]
  const select = items.slice(1).map((item) => `\\"${item}\\"`).join(', ')
  const declared = items.map((item) => `      "gml_${item}_type" "${item === 'fid' ? 'Integer' : 'String'}"`).join('\n')
  return `  LAYER
    NAME "monitoring"
    TYPE POINT
    STATUS ON
    CONNECTIONTYPE POSTGIS
    CONNECTION "${connection}"
    DATA "geom from (select fid, geom, ${select} from monitoring_sections) as t using unique fid using srid=4490"
    PROJECTION
      "init=epsg:4490"
    END
    TEMPLATE "ttt"
    METADATA
      "oga_title" "监测数据 Monitoring series"
      "wfs_title" "监测数据 Monitoring series"
      "wfs_srs" "EPSG:4326 EPSG:4490"
      "gml_include_items" "all"
      "gml_featureid" "fid"
      "wfs_enable_request" "*"
      "oga_enable_request" "*"
      "wfs_getfeature_formatlist" "geojson"
${declared}
    END
  END`
}
