/** The clock's period for the family: first month, last month with data, and its name in the UI language. */
import { computed } from 'vue'
import { formatMonthInMode, periodOf, statusMonth } from '@/domain/time/index.ts'
import { useClockStore } from '@/stores/clock.ts'
import { useI18n } from '@/i18n/use-i18n.ts'

export function useSourcePeriod() {
  const clockStore = useClockStore()
  const { locale } = useI18n()
  const period = computed(() => ({ first: periodOf(clockStore.clock.month, clockStore.clock.mode).first, last: statusMonth(clockStore.clock) }))
  const periodName = computed(() => formatMonthInMode(clockStore.clock.month, clockStore.clock.mode, locale.value))
  return { period, periodName }
}
