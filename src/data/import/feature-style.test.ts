/** A file's own colours (issue 12 item 5): KML Style/StyleMap and GeoJSON simplestyle, checked before the map sees them. */
import { describe, expect, it } from 'vitest'
import type { Feature, FeatureCollection } from 'geojson'
import { FEATURE_STYLE, checkStyleValue, parseColour, withFeatureStyles } from './feature-style.ts'
import { importFile } from './index.ts'

function polygon(properties: Record<string, unknown>): Feature {
  return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [[[121.4, 30.9], [121.5, 30.9], [121.5, 31], [121.4, 30.9]]] } }
}
const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features })
const bytes = (text: string) => new TextEncoder().encode(text)

describe('parseColour', () => {
  it.each([
    ['#FF0000', '#ff0000'],
    ['f00', '#ff0000'],
    [' #0a0B0c ', '#0a0b0c'],
  ])('reads %j as %s', (value, colour) => expect(parseColour(value)).toBe(colour))

  it.each(['banana', 'red', '#ff00', 'rgb(1,2,3)', 'url(x)', '#ff0000;background:url(x)', 12, null])('refuses %j', (value) => {
    expect(parseColour(value)).toBeNull()
  })
})

describe('checkStyleValue', () => {
  it('takes opacities in 0–1 and widths ≥ 0 (clamped to 20 px), numbers or numeric text', () => {
    expect(checkStyleValue('opacity', '0.5')).toBe(0.5)
    expect(checkStyleValue('opacity', 1.5)).toBeNull()
    expect(checkStyleValue('width', 3)).toBe(3)
    expect(checkStyleValue('width', 500)).toBe(20)
    expect(checkStyleValue('width', -1)).toBeNull()
    expect(checkStyleValue('width', 'wide')).toBeNull()
  })
})

describe('withFeatureStyles', () => {
  it('copies simplestyle values into checked style properties', () => {
    const { collection: styled, styled: any, warnings } = withFeatureStyles(
      collection(polygon({ stroke: '#F00', 'stroke-width': 2, fill: '#00ff00', 'fill-opacity': 0.3, 'marker-color': '#123456', 名称: '甲' })),
    )
    expect(styled.features[0]!.properties).toMatchObject({
      [FEATURE_STYLE.stroke]: '#ff0000',
      [FEATURE_STYLE.strokeWidth]: 2,
      [FEATURE_STYLE.fill]: '#00ff00',
      [FEATURE_STYLE.fillOpacity]: 0.3,
      [FEATURE_STYLE.marker]: '#123456',
      名称: '甲',
    })
    expect(any).toBe(true)
    expect(warnings).toEqual([])
  })

  it('leaves out a value that is not a colour, with one warning per property naming it', () => {
    const { collection: styled, warnings } = withFeatureStyles(collection(polygon({ stroke: 'banana' }), polygon({ stroke: 'apple', fill: '#fff' })))
    expect(styled.features.map((feature) => feature.properties?.[FEATURE_STYLE.stroke])).toEqual([undefined, undefined])
    expect(styled.features[1]!.properties?.[FEATURE_STYLE.fill]).toBe('#ffffff')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('stroke')
    expect(warnings[0]).toContain('banana')
    expect(warnings[0]).toContain('2')
  })

  it('drops style:* values a file wrote itself: only checked values reach the map', () => {
    const { collection: styled } = withFeatureStyles(collection(polygon({ [FEATURE_STYLE.fill]: 'url(javascript:x)' })))
    expect(styled.features[0]!.properties).toEqual({})
  })
})

describe('KML styles through importFile', () => {
  const kml = (style: string, placemarkStyle: string) => `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${style}
    <Placemark><name>镇</name>${placemarkStyle}<Polygon><outerBoundaryIs><LinearRing><coordinates>121.4,30.9 121.5,30.9 121.5,31 121.4,30.9</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
    <Placemark><name>点</name>${placemarkStyle}<Point><coordinates>121.45,30.95</coordinates></Point></Placemark></Document></kml>`

  it('reads a StyleMap: LineStyle aabbggrr colour and width, PolyStyle fill=0, IconStyle colour', async () => {
    const style = `<Style id="n"><LineStyle><color>ff0000ff</color><width>3</width></LineStyle><PolyStyle><color>7f00ff00</color><fill>0</fill></PolyStyle><IconStyle><color>ffff0000</color></IconStyle></Style>
      <StyleMap id="m"><Pair><key>normal</key><styleUrl>#n</styleUrl></Pair></StyleMap>`
    const { features } = await importFile('towns.kml', bytes(kml(style, '<styleUrl>#m</styleUrl>')))
    expect(features.features[0]!.properties).toMatchObject({
      [FEATURE_STYLE.stroke]: '#ff0000',
      [FEATURE_STYLE.strokeWidth]: 3,
      [FEATURE_STYLE.fill]: '#00ff00',
      [FEATURE_STYLE.fillOpacity]: 0,
    })
    // aabbggrr ffff0000 is blue.
    expect(features.features[1]!.properties?.[FEATURE_STYLE.marker]).toBe('#0000ff')
  })

  it('reads PolyStyle outline=0 as an invisible outline', async () => {
    const inline = '<Style><PolyStyle><color>ff00ffff</color><outline>0</outline></PolyStyle></Style>'
    const { features } = await importFile('towns.kml', bytes(kml('', inline)))
    expect(features.features[0]!.properties).toMatchObject({ [FEATURE_STYLE.fill]: '#ffff00', [FEATURE_STYLE.strokeOpacity]: 0 })
  })

  it('reports a KML colour that is not hexadecimal, and keeps the feature', async () => {
    const inline = '<Style><LineStyle><color>zzzzzzzz</color></LineStyle></Style>'
    const { features, report } = await importFile('towns.kml', bytes(kml('', inline)))
    expect(features.features).toHaveLength(2)
    expect(features.features[0]!.properties?.[FEATURE_STYLE.stroke]).toBeUndefined()
    expect(report.warnings.join('\n')).toContain('stroke')
  })
})
