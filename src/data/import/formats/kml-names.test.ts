/** Issue #14 §8: names from a KML are data, never prototype lookups; an HTML description is text. */
import { describe, expect, it } from 'vitest'
import { parseKmlText } from './kml.ts'
import { htmlToText } from './kml-names.ts'

function kmlOf(schema: string, data: string, extra = ''): Uint8Array {
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Schema name="s" id="s">${schema}</Schema>${extra}
<Placemark><name>甲</name>${data}<Point><coordinates>121.5,30.9</coordinates></Point></Placemark>
</Document></kml>`)
}

function propertiesOf(bytes: Uint8Array): Record<string, unknown> {
  return parseKmlText(bytes, 'names.kml').layers[0]!.features[0]!.properties as Record<string, unknown>
}

describe('KML names that an object would inherit', () => {
  it('keeps SimpleData named toString, hasOwnProperty and valueOf as their values', () => {
    const properties = propertiesOf(
      kmlOf(
        '<SimpleField name="toString" type="string"/><SimpleField name="valueOf" type="int"/>',
        '<ExtendedData><SchemaData schemaUrl="#s"><SimpleData name="toString">河道</SimpleData><SimpleData name="hasOwnProperty">是</SimpleData><SimpleData name="valueOf">42</SimpleData></SchemaData></ExtendedData>',
      ),
    )
    expect(Object.getOwnPropertyDescriptor(properties, 'toString')?.value).toBe('河道')
    expect(Object.getOwnPropertyDescriptor(properties, 'hasOwnProperty')?.value).toBe('是')
    expect(Object.getOwnPropertyDescriptor(properties, 'valueOf')?.value).toBe(42)
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).toString).toBe(Object.prototype.toString)
  })

  it('reads a field typed "constructor" or "toString" as text, not through Object()', () => {
    const properties = propertiesOf(
      kmlOf('<SimpleField name="code" type="constructor"/><SimpleField name="kind" type="toString"/>', '<ExtendedData><SchemaData schemaUrl="#s"><SimpleData name="code">ab</SimpleData><SimpleData name="kind">湖泊</SimpleData></SchemaData></ExtendedData>'),
    )
    expect(properties.code).toBe('ab')
    expect(properties.kind).toBe('湖泊')
  })

  it('keeps a Data named valueOf, and a style id "toString" finds no function', () => {
    const properties = propertiesOf(
      kmlOf('', '<styleUrl>#toString</styleUrl><ExtendedData><Data name="valueOf"><value>七</value></Data></ExtendedData>', '<Style id="toString"><LineStyle><color>ff0000ff</color></LineStyle></Style>'),
    )
    expect(Object.getOwnPropertyDescriptor(properties, 'valueOf')?.value).toBe('七')
    expect(properties.styleUrl).toBe('#toString')
    for (const value of Object.values(properties)) expect(typeof value).not.toBe('function')
  })
})

describe('a KML description written as HTML', () => {
  it('is its text, not "[object Object]"', () => {
    const properties = propertiesOf(kmlOf('', '<description><![CDATA[<b>整治</b>完成<br/>面积 &lt; 5 亩 &amp; 达标]]></description>'))
    expect(properties.description).toBe('整治完成\n面积 < 5 亩 & 达标')
  })

  it('is read in linear time, whatever the markup', () => {
    const started = performance.now()
    htmlToText(`${' '.repeat(200_000)}x${'&'.repeat(200_000)}${'<a'.repeat(100_000)}>`)
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
