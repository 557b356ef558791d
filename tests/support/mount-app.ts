/**
 * Mounts one component for a component test (happy-dom) with a fresh Pinia, as the app would, and
 * unmounts everything after the test so that window listeners (shortcuts) do not leak between tests.
 */
import { afterEach } from 'vitest'
import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Component } from 'vue'

const mounted: Array<{ unmount: () => void }> = []

afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
  localStorage.clear()
})

/** A fresh Pinia made active (so the test can reach the same stores) and the component mounted with it. */
export function mountWithStores<C extends Component>(component: C, options: ComponentMountingOptions<C> = {} as ComponentMountingOptions<C>) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const wrapper = mount(component, { ...options, attachTo: document.body, global: { plugins: [pinia] } })
  mounted.push(wrapper)
  return wrapper
}
