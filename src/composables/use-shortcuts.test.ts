// @vitest-environment happy-dom
/** The app's shortcuts (space = play, ←/→ = step) must never steal a key from the control that has focus. */
import { describe, expect, it } from 'vitest'
import { keyBelongsToControl } from './use-shortcuts.ts'

function element(html: string): HTMLElement {
  const holder = document.createElement('div')
  holder.innerHTML = html
  return holder.firstElementChild as HTMLElement
}

describe('keys that belong to the focused control', () => {
  it.each([
    ['<input type="text">', ' ', true],
    ['<input type="text">', 'ArrowRight', true],
    ['<textarea></textarea>', 'Home', true],
    ['<select></select>', 'ArrowDown', true],
    ['<input type="checkbox">', ' ', true],
    ['<input type="checkbox">', 'ArrowRight', false],
    ['<input type="radio">', 'ArrowRight', true],
    ['<input type="radio">', ' ', true],
    ['<input type="range">', 'ArrowLeft', true],
    ['<input type="range">', 'Home', true],
    ['<button>导入数据</button>', ' ', true],
    ['<button>导入数据</button>', 'Enter', true],
    ['<button>导入数据</button>', 'ArrowRight', false],
    ['<a href="#x">link</a>', 'Enter', true],
    ['<div role="tab" tabindex="0">统计</div>', 'ArrowRight', true],
    ['<div tabindex="0">map</div>', ' ', false],
    ['<div tabindex="0">map</div>', 'ArrowRight', false],
  ])('%s with "%s": %s', (html, key, expected) => {
    expect(keyBelongsToControl(element(html), key)).toBe(expected)
  })

  it('leaves keys to the shortcuts when nothing is focused', () => {
    expect(keyBelongsToControl(document.body, ' ')).toBe(false)
    expect(keyBelongsToControl(null, 'ArrowRight')).toBe(false)
  })
})
