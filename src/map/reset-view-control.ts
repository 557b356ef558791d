/** A map control button that flies back to the whole district. */
import type { IControl, Map as MapLibreMap, LngLatBoundsLike } from 'maplibre-gl'

export class ResetViewControl implements IControl {
  private container: HTMLElement | null = null

  constructor(
    private readonly bounds: LngLatBoundsLike,
    private readonly label: string,
  ) {}

  onAdd(map: MapLibreMap): HTMLElement {
    const container = document.createElement('div')
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group'
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'shuitian-reset-view'
    button.title = this.label
    button.setAttribute('aria-label', this.label)
    button.dataset.testid = 'reset-view'
    button.textContent = '⌂'
    button.addEventListener('click', () => map.fitBounds(this.bounds, { padding: 24 }))
    container.append(button)
    this.container = container
    return container
  }

  onRemove(): void {
    this.container?.remove()
    this.container = null
  }
}
